package dev.robson.server.transport;

import org.apache.coyote.http11.Http11NioProtocol;

/** HTTP/1.1 over NIO with a per-address connection bound; Tomcat creates it by class name. */
public class BoundedNioProtocol extends Http11NioProtocol {

    public BoundedNioProtocol() {
        super(new PerAddressEndpoint());
    }

    void limitPerAddress(int maxPerAddress, TrustedProxies exempt) {
        ((PerAddressEndpoint) getEndpoint()).limit(maxPerAddress, exempt);
    }
}
