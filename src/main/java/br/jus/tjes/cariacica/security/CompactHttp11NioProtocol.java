package br.jus.tjes.cariacica.security;

import org.apache.coyote.http11.Http11NioProtocol;

/**
 * Tomcat's HTTP/1.1 protocol with a response buffer of 2 KB instead of 8 KB. Each request
 * processor keeps its response buffer as bytes and as characters for its whole life, and
 * the chat keeps up to 2,000 processors (one a citizen waiting on the assistant): at 8 KB
 * they could hold 48 MB of the 512 MB heap in buffers that a JSON answer of one or two
 * kilobytes never fills (docs/PERFORMANCE.md). A larger response is sent in 2 KB pieces,
 * chunked when its length is not known; the cached public pages are written in one piece
 * with their length.
 * <p>
 * Public, with a public constructor: Tomcat creates its protocol from the class name.
 */
public class CompactHttp11NioProtocol extends Http11NioProtocol {

    /** The response buffer, in bytes (and characters). */
    static final int RESPONSE_BUFFER = 2048;

    @Override
    public int getDesiredBufferSize() {
        return RESPONSE_BUFFER;
    }

}
