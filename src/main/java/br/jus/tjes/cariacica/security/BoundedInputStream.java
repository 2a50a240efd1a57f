package br.jus.tjes.cariacica.security;

import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that may not grow past a number of bytes: reading beyond it calls the
 * given handler, which throws what the caller maps to 413. Shared by the site-wide limit
 * and the chat API's smaller one.
 */
public final class BoundedInputStream extends InputStream {

    private final InputStream delegate;

    private final long maxBytes;

    private final Exceeded exceeded;

    private long read;

    public BoundedInputStream(InputStream delegate, long maxBytes, Exceeded exceeded) {
        this.delegate = delegate;
        this.maxBytes = maxBytes;
        this.exceeded = exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = this.delegate.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = this.delegate.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        this.read += n;
        if (this.read > this.maxBytes) {
            this.exceeded.raise();
        }
    }

    @Override
    public void close() throws IOException {
        this.delegate.close();
    }

    /** What to throw once the body is larger than allowed. */
    @FunctionalInterface
    public interface Exceeded {

        void raise() throws IOException;

    }

}
