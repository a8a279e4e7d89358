package dev.robson.server.closing;

import dev.robson.server.fees.FeeValuation;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.symbols.SymbolCatalog;
import java.time.Clock;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds an {@link OperationCloser} on the test's own exchange and clock. */
public final class TestClosers {

    private TestClosers() {}

    public static OperationCloser closer(ApplicationContext context, OrderExecutor exchange, Clock clock) {
        return new OperationCloser(
                context.getBean(OperationRepository.class),
                context.getBean(CloseOrderRepository.class),
                context.getBean(OrderFillRepository.class),
                context.getBean(OperationEventLog.class),
                exchange,
                context.getBean("quotes", QuoteSource.class),
                context.getBean(SymbolCatalog.class),
                context.getBean(FeeValuation.class),
                context.getBean(ClientOrderIdIssuer.class),
                context.getBean(TransactionTemplate.class),
                clock,
                OperationCloser.SETTLING_TIME);
    }
}
