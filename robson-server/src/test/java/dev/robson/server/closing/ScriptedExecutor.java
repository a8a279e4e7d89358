package dev.robson.server.closing;

import dev.robson.core.market.Price;
import dev.robson.core.operation.OrderStatus;
import dev.robson.server.config.TradingMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An exchange the test scripts: it fills at a set price, and can fill partly, lose its answer
 * after filling, reject, or never receive the order at all (lost on the way). It keeps every
 * order it received, as an exchange would, and every lookup it was asked.
 */
public final class ScriptedExecutor implements OrderExecutor {

    public enum Next {
        FILL,
        HALF_FILL,
        FILL_THEN_LOSE_ANSWER,
        FILL_THEN_CRASH,
        REJECT,
        /** The request is lost before the exchange: no order there, and the sender cannot tell. */
        LOST_ON_THE_WAY
    }

    private final List<CloseOrder> received = new CopyOnWriteArrayList<>();
    private final List<String> lookedUp = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private volatile boolean rejecting;
    private final Map<String, ExecutionReport> book = new ConcurrentHashMap<>();
    private volatile Next next = Next.FILL;
    private volatile Price fillPrice = Price.of("87000.00");

    public void next(Next behaviour) {
        next = behaviour;
    }

    public void fillAt(String price) {
        fillPrice = Price.of(price);
    }

    public List<CloseOrder> received() {
        return received;
    }

    /** Every order from now on is refused, until {@link #stopRejecting()}. */
    public void keepRejecting() {
        rejecting = true;
    }

    public void stopRejecting() {
        rejecting = false;
    }

    /** The client order ids the exchange refused, in order. */
    public List<String> refused() {
        return refused;
    }

    /** The client order ids the exchange was asked about, in order. */
    public List<String> lookedUp() {
        return lookedUp;
    }

    @Override
    public ExecutionReport submit(CloseOrder order) {
        Next behaviour = next;
        next = Next.FILL;
        if (behaviour == Next.REJECT || rejecting) {
            refused.add(order.clientOrderId());
            throw new OrderRejected("Account has insufficient balance for requested action.");
        }
        if (behaviour == Next.LOST_ON_THE_WAY) {
            throw new OrderOutcomeUnknown("Connection reset before the request was written");
        }
        received.add(order);
        BigDecimal executed = behaviour == Next.HALF_FILL
                ? order.symbol().floorToStep(order.quantity().divide(BigDecimal.TWO))
                : order.quantity();
        OrderStatus status = behaviour == Next.HALF_FILL ? OrderStatus.EXPIRED : OrderStatus.FILLED;
        ExecutionReport report = new ExecutionReport(order.clientOrderId(), status, executed, fillPrice);
        book.put(order.clientOrderId(), report);
        return switch (behaviour) {
            case FILL_THEN_LOSE_ANSWER -> throw new OrderOutcomeUnknown("Timeout waiting for response");
            case FILL_THEN_CRASH -> throw new IllegalStateException("process died before recording the fill");
            default -> report;
        };
    }

    @Override
    public Optional<ExecutionReport> lookup(CloseOrder order) {
        lookedUp.add(order.clientOrderId());
        return Optional.ofNullable(book.get(order.clientOrderId()));
    }

    /** Scripted accounts hold whatever the operation holds. */
    @Override
    public Optional<BigDecimal> freeBalance(long tenantId, String asset) {
        return Optional.empty();
    }

    /** Stands in for the exchange. */
    @Override
    public TradingMode mode() {
        return TradingMode.LIVE;
    }
}
