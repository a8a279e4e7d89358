package dev.robson.server.support;

import static org.assertj.core.api.Assertions.assertThat;

/** The server refuses with problem+json whose {@code code} names the reason: what a test checks of a refusal. */
public final class Problems {

    private Problems() {}

    /** The answer is a refusal of this HTTP status for this reason; on a wrong status the body says what came instead. */
    public static void assertProblem(ApiClient.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().get("code").asString()).isEqualTo(code);
    }
}
