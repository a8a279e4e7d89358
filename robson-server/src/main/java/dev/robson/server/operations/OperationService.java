package dev.robson.server.operations;

import dev.robson.core.DomainRuleViolation;
import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.market.Symbol;
import dev.robson.core.operation.Fee;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.Side;
import dev.robson.server.auth.Tenant;
import dev.robson.server.config.RobsonProperties;
import dev.robson.server.fees.CommissionRates;
import dev.robson.server.fees.FeeValuation;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.problem.ApiProblem;
import dev.robson.server.symbols.SymbolCatalog;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The operation lifecycle a trader drives: track, and move stop/target. Closing is its own path.
 * Prices are read before the database transaction, never inside it.
 */
@Service
public class OperationService {

    private final OperationRepository operations;
    private final SymbolCatalog symbols;
    private final QuoteSource quotes;
    private final Clock clock;
    private final RobsonProperties robson;
    private final PaperEntries paper;
    private final FeeValuation fees;
    private final CommissionRates rates;
    private final TransactionTemplate transaction;
    private final OperationLimits limits;

    OperationService(
            OperationRepository operations,
            SymbolCatalog symbols,
            QuoteSource quotes,
            Clock clock,
            RobsonProperties robson,
            PaperEntries paper,
            FeeValuation fees,
            CommissionRates rates,
            TransactionTemplate transaction,
            OperationLimits limits) {
        this.operations = operations;
        this.symbols = symbols;
        this.quotes = quotes;
        this.clock = clock;
        this.robson = robson;
        this.paper = paper;
        this.fees = fees;
        this.rates = rates;
        this.transaction = transaction;
        this.limits = limits;
    }

    @Transactional(readOnly = true)
    public List<Operation> list(Tenant tenant, OperationStatus status, int limit, Long beforeId) {
        return operations.findPage(tenant.tenantId(), status, limit, beforeId);
    }

    @Transactional(readOnly = true)
    public Operation get(Tenant tenant, long operationId) {
        return require(tenant, operationId);
    }

    /**
     * Starts guarding a filled position. In paper mode the purchase is booked in the paper
     * ledger (cost and the paper fee out of the quote asset, the quantity into the base asset),
     * so a later close leaves the quote balance moved by exactly the realized net P&amp;L.
     */
    public Operation track(Tenant tenant, TrackOperationRequest request) {
        Symbol symbol = symbols.require(request.symbol());
        if (!symbol.trading()) {
            throw new DomainRuleViolation(
                    "market_not_trading",
                    "The exchange does not trade " + symbol.name() + " now (" + symbol.status() + ").");
        }
        Side side = Side.fromLabel(request.side());
        Price exitPrice = side.exitPrice(quotes.quote(symbol).quote());
        Instant openedAt = request.openedAt() != null ? request.openedAt() : clock.instant();
        Quantity quantity = Quantity.of(request.quantity());
        Price entry = Price.of(request.entryPrice());
        Fee entryFee = entryFee(tenant, symbol, side, request, quantity, entry);
        Operation tracked = Operation.track(
                tenant.tenantId(),
                symbol,
                side,
                quantity,
                entry,
                Price.of(request.stopLoss()),
                Price.of(request.takeProfit()),
                openedAt,
                exitPrice,
                entryFee);
        ClosablePosition.require(symbol, tracked.openQuantity(), tracked.stopLoss(), exitPrice);
        return transaction.execute(status -> {
            // The tenant's row is locked so that two requests at once cannot both slip under the cap.
            operations.lockTenant(tenant.tenantId());
            int open = operations.countOpen(tenant.tenantId());
            if (open >= limits.maxOpenPerTenant()) {
                throw ApiProblem.unprocessable(
                        "open_operations_limit",
                        "This account already has " + open
                                + " open operations, the most it may hold; close some before tracking another.");
            }
            Operation inserted = operations.insert(tracked);
            if (robson.paperTrading()) {
                paper.book(inserted, entryFee);
            }
            return inserted;
        });
    }

    public Operation moveProtection(Tenant tenant, long operationId, MoveProtectionRequest request) {
        Price exitPrice = exitPriceOf(tenant, operationId);
        return transaction.execute(status -> save(moved(tenant, operationId, request, exitPrice)));
    }

    /**
     * The operation as it would be after the move, checked by the same rules, but not saved: what
     * the trader sees (distances, risk) before confirming.
     */
    public Operation previewProtection(Tenant tenant, long operationId, MoveProtectionRequest request) {
        Price exitPrice = exitPriceOf(tenant, operationId);
        return transaction.execute(status -> moved(tenant, operationId, request, exitPrice));
    }

    /** The price the position would close at now, read outside any transaction. */
    private Price exitPriceOf(Tenant tenant, long operationId) {
        Operation before = transaction.execute(status -> require(tenant, operationId));
        return before.side().exitPrice(quotes.quote(before.symbol()).quote());
    }

    private Operation moved(Tenant tenant, long operationId, MoveProtectionRequest request, Price exitPrice) {
        Operation operation = require(tenant, operationId);
        operation.moveProtection(
                request.stopLoss() == null ? null : Price.of(request.stopLoss()),
                request.takeProfit() == null ? null : Price.of(request.takeProfit()),
                exitPrice);
        ClosablePosition.require(operation.symbol(), operation.openQuantity(), operation.stopLoss(), exitPrice);
        return operation;
    }

    /**
     * The entry's commission: as the trader states it, or in paper mode the paper fee on the
     * cost, in the quote asset. A fee in BNB or another asset is valued at its bid now.
     */
    private Fee entryFee(
            Tenant tenant, Symbol symbol, Side side, TrackOperationRequest request, Quantity quantity, Price entry) {
        if (request.entryFee() != null) {
            String asset = request.entryFeeAsset() != null
                    ? request.entryFeeAsset()
                    : symbol.quote().code();
            return fees.fee(symbol, request.entryFee(), asset, entry.value());
        }
        if (robson.paperTrading()) {
            BigDecimal fee =
                    quantity.value().multiply(entry.value()).multiply(rates.takerRate(tenant.tenantId(), symbol));
            return Fee.inQuote(fee, symbol.quote().code());
        }
        return Fee.NONE;
    }

    @Transactional(readOnly = true)
    public Map<Long, String> attention(Tenant tenant, List<Long> operationIds) {
        return operations.attentionOf(tenant.tenantId(), operationIds);
    }

    private Operation require(Tenant tenant, long operationId) {
        return operations
                .find(tenant.tenantId(), operationId)
                .orElseThrow(() -> ApiProblem.notFound("operation_not_found", "The operation does not exist."));
    }

    private Operation save(Operation operation) {
        try {
            return operations.update(operation);
        } catch (OptimisticLockingFailureException concurrent) {
            throw concurrentChange(operation);
        }
    }

    /** The 409 for a save that lost to another change of the operation since it was read. */
    public static ApiProblem concurrentChange(Operation operation) {
        return ApiProblem.conflict(
                "concurrent_change",
                "Operation " + operation.number() + " changed meanwhile; read it again and retry.");
    }
}
