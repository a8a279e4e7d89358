package dev.robson.server.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a test of the whole server over HTTP starts from: the port it listens on, a client for
 * it, the tenants it seeds, the prices it quotes, and (after {@link #signIn}) one trader with its access token.
 */
public abstract class ApiFixture {

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestTenants tenants;

    /** The prices the test sets; absent (null) on a server that trades against the fake Binance. */
    @Autowired(required = false)
    protected FixedQuotes quotes;

    protected ApiClient api;

    /** The trader {@link #signIn} created, and its access token. */
    protected TestTenants.Trader trader;

    protected String token;

    @BeforeEach
    final void connectToServer() {
        api = new ApiClient(port);
    }

    /** Logs this trader in with the password every test tenant has; returns its access token. */
    protected String login(TestTenants.Trader someone) {
        return api.login(someone.username(), TestTenants.PASSWORD);
    }

    /** A new tenant with one trader, logged in: it becomes {@link #trader}, its token {@link #token}. */
    protected void signIn(String prefix) {
        trader = tenants.newTrader(prefix);
        token = login(trader);
    }
}
