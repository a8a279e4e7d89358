package dev.robson.server.operations;

import dev.robson.core.market.Symbol;
import dev.robson.core.operation.OrderExecution;
import dev.robson.server.auth.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The orders that opened and closed one operation, with what each executed. */
@RestController
class OrdersController {

    private final OperationService operations;

    OrdersController(OperationService operations) {
        this.operations = operations;
    }

    /** @param averagePrice null for an order that traded nothing */
    record OrderView(
            String purpose,
            String status,
            BigDecimal executedQuantity,
            @Nullable BigDecimal averagePrice,
            Instant executedAt,
            @Nullable String clientOrderId) {

        static OrderView of(OrderExecution order, Symbol symbol) {
            return new OrderView(
                    order.purpose().name(),
                    order.status().name(),
                    symbol.roundQuantity(order.executedQuantity()),
                    order.averagePrice() == null
                            ? null
                            : symbol.roundPrice(order.averagePrice().value()),
                    order.executedAt().truncatedTo(ChronoUnit.SECONDS),
                    order.clientOrderId());
        }
    }

    record OrderList(List<OrderView> orders) {}

    @Operation(summary = "The operation's entry and exit orders in the order they were placed")
    @GetMapping({"/api/operations/{id}/orders", "/api/operations/{id}/orders/"})
    OrderList orders(Tenant tenant, @PathVariable @Positive long id) {
        var operation = operations.get(tenant, id);
        return new OrderList(operation.orders().stream()
                .map(order -> OrderView.of(order, operation.symbol()))
                .toList());
    }
}
