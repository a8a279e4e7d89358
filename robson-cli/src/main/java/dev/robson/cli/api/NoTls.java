package dev.robson.cli.api;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS context of a client that only speaks plain {@code http://} (the local demo). The
 * JDK's HTTP client builds a TLS context even when it never uses one, and the default one
 * parses the whole CA store — tens of milliseconds on every start. This one trusts nothing,
 * so if it were ever used it could only fail, never connect insecurely.
 */
final class NoTls {

    static final SSLContext CONTEXT = create();

    private NoTls() {}

    private static SSLContext create() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustNothing()}, null);
            return context;
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("no TLS implementation in this JDK", unavailable);
        }
    }

    private static final class TrustNothing implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("plain-HTTP client: no certificate is trusted");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("plain-HTTP client: no certificate is trusted");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
