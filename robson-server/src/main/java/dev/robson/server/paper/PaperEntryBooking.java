package dev.robson.server.paper;

import dev.robson.core.market.Symbol;
import dev.robson.core.operation.Fee;
import dev.robson.core.operation.Operation;
import dev.robson.server.operations.PaperEntries;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * A tracked position's purchase in the paper ledger: a LONG pays its cost and the paper fee out
 * of the quote asset and receives the quantity; a SHORT sells the quantity it holds for the
 * proceeds less the fee.
 */
@Component
class PaperEntryBooking implements PaperEntries {

    private final PaperAccount ledger;

    PaperEntryBooking(PaperAccount ledger) {
        this.ledger = ledger;
    }

    @Override
    public void book(Operation tracked, Fee entryFee) {
        Symbol symbol = tracked.symbol();
        BigDecimal cost = tracked.averageEntryPrice().value().multiply(tracked.entryQuantity());
        BigDecimal feeInQuote = entryFee.inBase().signum() == 0
                        && entryFee.valued()
                        && symbol.quote().code().equals(entryFee.asset())
                ? entryFee.inQuote()
                : BigDecimal.ZERO;
        String base = symbol.base().code();
        String quote = symbol.quote().code();
        if (tracked.isLong()) {
            ledger.exchange(tracked.tenantId(), quote, cost.add(feeInQuote), base, tracked.openQuantity());
        } else {
            ledger.exchange(tracked.tenantId(), base, tracked.entryQuantity(), quote, cost.subtract(feeInQuote));
        }
    }
}
