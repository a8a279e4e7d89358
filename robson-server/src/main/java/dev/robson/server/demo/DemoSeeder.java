package dev.robson.server.demo;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OrderExecution;
import dev.robson.core.operation.Side;
import dev.robson.server.auth.UserAccountRepository;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.paper.PaperAccount;
import dev.robson.server.symbols.SymbolCatalog;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo: tenant {@code demo} holding Operation #1 (the position the product was
 * built for) and tenant {@code acme} holding an ETH position, to show tenants never see each
 * other. Runs once per database; a restarted demo keeps its state.
 */
@Component
@Profile("demo")
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    static final String DEMO_PASSWORD = "robson-demo";

    private final UserAccountRepository users;
    private final OperationRepository operations;
    private final SymbolCatalog symbols;
    private final PasswordEncoder passwords;
    private final PaperAccount paperAccount;

    DemoSeeder(
            UserAccountRepository users,
            OperationRepository operations,
            SymbolCatalog symbols,
            PasswordEncoder passwords,
            PaperAccount paperAccount) {
        this.users = users;
        this.operations = operations;
        this.symbols = symbols;
        this.passwords = passwords;
        this.paperAccount = paperAccount;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.findTenantId("demo").isPresent()) {
            return;
        }
        long demo = createTenant("demo");
        long acme = createTenant("acme");
        holding(
                demo,
                "BTCUSDC",
                Side.BUY,
                "0.00033",
                "88837.92",
                "87061.16",
                "92391.44",
                Instant.parse("2025-12-22T14:30:00Z"));
        holding(
                acme,
                "ETHUSDC",
                Side.BUY,
                "0.0500",
                "2950.00",
                "2850.00",
                "3150.00",
                Instant.parse("2025-12-23T09:15:00Z"));
        // Paper ledgers: the positions' coins plus some cash, so the account shows exposure.
        paperAccount.set(demo, "USDC", new BigDecimal("1000.00"));
        paperAccount.set(demo, "BTC", new BigDecimal("0.00033"));
        paperAccount.set(acme, "USDC", new BigDecimal("2500.00"));
        paperAccount.set(acme, "ETH", new BigDecimal("0.0500"));
        log.info("Demo tenants seeded: log in as demo / {} or acme / {}", DEMO_PASSWORD, DEMO_PASSWORD);
    }

    private long createTenant(String name) {
        long tenantId = users.createTenant(name);
        users.createUser(tenantId, name, passwords.encode(DEMO_PASSWORD));
        return tenantId;
    }

    private void holding(
            long tenantId,
            String symbol,
            Side side,
            String quantity,
            String entry,
            String stop,
            String target,
            Instant openedAt) {
        operations.insert(Operation.active(
                null,
                tenantId,
                symbols.find(symbol).orElseThrow(),
                side,
                Price.of(stop),
                Price.of(target),
                openedAt,
                List.of(OrderExecution.filledEntry(Quantity.of(quantity), Price.of(entry), openedAt))));
    }
}
