package dev.robson.server.performance;

import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Operation;
import dev.robson.core.performance.ClosedTrade;
import dev.robson.server.auth.Tenant;
import dev.robson.server.operations.OperationRepository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A tenant's closed operations as trades: what history lists and statistics summarise. */
@Service
class TradeHistory {

    /** Statistics read the whole period, a page at a time, so one query never binds thousands of ids. */
    private static final int READ_PAGE = 1000;

    private final OperationRepository operations;

    TradeHistory(OperationRepository operations) {
        this.operations = operations;
    }

    /** Newest close first, at most {@code limit}. */
    @Transactional(readOnly = true)
    List<ClosedTrade> recent(Tenant tenant, Period period, String symbol, CloseReason reason, int limit) {
        return operations
                .findClosed(tenant.tenantId(), period.start(), period.end(), symbol, reason, limit, null)
                .stream()
                .map(ClosedTradeMapping::of)
                .toList();
    }

    /** Every trade closed in the period, in no particular order. */
    @Transactional(readOnly = true)
    List<ClosedTrade> all(Tenant tenant, Period period) {
        List<ClosedTrade> trades = new ArrayList<>();
        List<Operation> page;
        Operation last = null;
        do {
            page = operations.findClosed(tenant.tenantId(), period.start(), period.end(), null, null, READ_PAGE, last);
            page.forEach(operation -> trades.add(ClosedTradeMapping.of(operation)));
            last = page.isEmpty() ? null : page.getLast();
        } while (page.size() == READ_PAGE);
        return trades;
    }
}
