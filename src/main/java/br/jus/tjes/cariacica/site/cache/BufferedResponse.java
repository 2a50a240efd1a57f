package br.jus.tjes.cariacica.site.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps the body in memory and lets everything else (status, headers, errors) through to
 * the response, so the page cache sees the finished page and its headers before any byte
 * is sent.
 */
class BufferedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);

    private ServletOutputStream stream;

    private PrintWriter writer;

    BufferedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (this.writer != null) {
            throw new IllegalStateException("getWriter() was already called");
        }
        if (this.stream == null) {
            this.stream = new BufferStream(this.buffer);
        }
        return this.stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (this.stream != null) {
            throw new IllegalStateException("getOutputStream() was already called");
        }
        if (this.writer == null) {
            this.writer = new PrintWriter(new OutputStreamWriter(this.buffer, Charset.forName(getCharacterEncoding())),
                    false);
        }
        return this.writer;
    }

    @Override
    public void flushBuffer() {
        if (this.writer != null) {
            this.writer.flush();
        }
    }

    @Override
    public void setContentLength(int length) {
        // The cache sets the length of what it sends.
    }

    @Override
    public void setContentLengthLong(long length) {
        // The cache sets the length of what it sends.
    }

    @Override
    public void setBufferSize(int size) {
        // Everything is buffered until the page is finished.
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        flushBuffer();
        this.buffer.reset();
    }

    @Override
    public void reset() {
        super.reset();
        flushBuffer();
        this.buffer.reset();
    }

    /**
     * The body written so far.
     * @return its bytes
     */
    byte[] body() {
        flushBuffer();
        return this.buffer.toByteArray();
    }

    private static final class BufferStream extends ServletOutputStream {

        private final ByteArrayOutputStream buffer;

        BufferStream(ByteArrayOutputStream buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(int b) {
            this.buffer.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            this.buffer.write(bytes, offset, length);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("A buffered page is written at once");
        }

    }

}
