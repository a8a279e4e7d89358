package dev.robson.core.operation;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quote;
import java.util.Optional;

/**
 * The two prices that end a position and the side that reads them: all the stop monitor needs
 * to decide, so it can keep a hundred thousand of them in memory without their orders.
 *
 * <p>LONG closes when the bid is at or below the stop (STOP_LOSS) or at or above the target
 * (TAKE_PROFIT); SHORT mirrors with the ask. A price through both (a gap) is a stop: the loss
 * is what protection is for.
 */
public record ExitLevels(Side side, Price stopLoss, Price takeProfit) {

    public ExitLevels {
        if (side == null || stopLoss == null || takeProfit == null) {
            throw new IllegalArgumentException("exit levels need a side, a stop_loss and a take_profit");
        }
    }

    public Optional<CloseReason> reachedBy(Quote quote) {
        Price exit = side.exitPrice(quote);
        int toStop = exit.compareTo(stopLoss);
        int toTarget = exit.compareTo(takeProfit);
        boolean isLong = side == Side.BUY;
        boolean stopHit = isLong ? toStop <= 0 : toStop >= 0;
        boolean targetHit = isLong ? toTarget >= 0 : toTarget <= 0;
        if (stopHit) {
            return Optional.of(CloseReason.STOP_LOSS);
        }
        return targetHit ? Optional.of(CloseReason.TAKE_PROFIT) : Optional.empty();
    }
}
