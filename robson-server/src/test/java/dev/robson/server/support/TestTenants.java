package dev.robson.server.support;

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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates tenants, users and filled positions straight in the database. Names are unique per
 * call, so tests sharing one server never see each other's rows.
 */
@Component
public class TestTenants {

    private final Map<Long, Long> numbers = new ConcurrentHashMap<>();

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserAccountRepository users;
    private final OperationRepository operations;
    private final SymbolCatalog symbols;
    private final PasswordEncoder passwords;
    private final PaperAccount paperAccount;

    public TestTenants(
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

    public void paperBalance(Trader trader, String asset, String free) {
        paperAccount.set(trader.tenantId(), asset, new BigDecimal(free));
    }

    public record Trader(long tenantId, String username) {}

    public Trader newTrader(String prefix) {
        String name = prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        long tenantId = users.createTenant(name);
        users.createUser(tenantId, name, passwords.encode(PASSWORD));
        return new Trader(tenantId, name);
    }

    /** A filled position, as the stop monitor and the dashboard find it. Returns its id. */
    public long holding(
            Trader trader, String symbol, Side side, String quantity, String entry, String stop, String target) {
        Instant openedAt = Instant.parse("2025-12-22T14:30:00Z");
        return holdingFills(
                trader,
                symbol,
                side,
                stop,
                target,
                List.of(OrderExecution.filledEntry(Quantity.of(quantity), Price.of(entry), openedAt)));
    }

    /**
     * The suite's usual position, whose figures tests work out by hand: a LONG of 0.00033 BTC on
     * BTCUSDC from 88,837.92, stop 87,061.16, target 92,391.44. Returns its id.
     */
    public long longBtc(Trader trader) {
        return longBtc(trader, "BTCUSDC");
    }

    /** {@link #longBtc(Trader)} on another BTC market (BTCUSDT, ...). */
    public long longBtc(Trader trader, String symbol) {
        return holding(trader, symbol, Side.BUY, "0.00033", "88837.92", "87061.16", "92391.44");
    }

    /** The number the API shows for a stored operation: its tenant's 1st, 2nd, ... */
    public long number(Trader trader, long operationId) {
        return operations.find(trader.tenantId(), operationId).orElseThrow().number();
    }

    /**
     * The number the API shows for an operation stored by {@link #holding} or {@link #holdingFills},
     * whichever tenant holds it: what a test puts in an {@code /api/operations/{id}/} path.
     */
    public long numberOf(long operationId) {
        Long number = numbers.get(operationId);
        if (number == null) {
            throw new IllegalArgumentException("operation " + operationId + " was not stored by TestTenants");
        }
        return number;
    }

    public long holdingFills(
            Trader trader, String symbol, Side side, String stop, String target, List<OrderExecution> fills) {
        Operation operation = Operation.active(
                null,
                trader.tenantId(),
                symbols.find(symbol).orElseThrow(),
                side,
                Price.of(stop),
                Price.of(target),
                Instant.parse("2025-12-22T14:30:00Z"),
                fills);
        Operation stored = operations.insert(operation);
        numbers.put(stored.id(), number(trader, stored.id()));
        return stored.id();
    }
}
