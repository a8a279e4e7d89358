package dev.robson.cli.api;

/** Where the bearer token of each request comes from. */
public interface AccessTokens {

    /** The token to send now. */
    String current();

    /**
     * A replacement for a token the server refused with 401, or an {@link ApiFailure} of kind
     * UNAUTHORIZED saying why there is none.
     */
    String renew(String refused);

    /** {@code ROBSON_TOKEN}: used as given, never refreshed (whoever set it owns its lifetime). */
    static AccessTokens fixed(String token) {
        return new AccessTokens() {
            @Override
            public String current() {
                return token;
            }

            @Override
            public String renew(String refused) {
                throw ApiFailure.of(
                        ApiFailure.Kind.UNAUTHORIZED,
                        "the server refused the token in ROBSON_TOKEN; set a fresh one, or unset it and run 'robson login'");
            }
        };
    }
}
