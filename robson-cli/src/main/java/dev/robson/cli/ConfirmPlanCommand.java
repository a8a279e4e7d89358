package dev.robson.cli;

import dev.robson.cli.api.ApiFailure;
import dev.robson.cli.api.EntryPlan;
import dev.robson.cli.api.PlanningApi;
import dev.robson.cli.api.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code robson confirm 42}: buys what plan #42 says, with real money in live mode, so it asks
 * first on a terminal and needs {@code --yes} anywhere else. One confirmation carries one
 * Idempotency-Key: when the answer is lost (timeout, dropped connection, gateway error) the
 * request is sent again with the same key, and the server answers the first result instead
 * of buying twice.
 */
@Command(
        name = "confirm",
        mixinStandardHelpOptions = true,
        description = "Confirm a plan: buy at up to its entry max (LIMIT IOC) and start guarding the position.")
final class ConfirmPlanCommand extends ServerCommand {

    /** The first attempt and two more when its outcome is unknown. */
    static final int ATTEMPTS = 3;

    @Parameters(index = "0", paramLabel = "ID", description = "Plan (operation) id, from 'robson plan'.")
    long id;

    @Mixin
    YesOption yes;

    @Override
    public Integer call() {
        OperationIds.check(id);
        RobsonCommand root = root();
        CliEnvironment environment = root.environment();
        PlanningApi planning = root.planning();
        if (!yes.given && !askedAndAgreed(planning, environment)) {
            err().println("robson: not confirmed; nothing was bought");
            return ExitCodes.OK;
        }
        Reply<EntryPlan> reply = confirmOnce(planning, UUID.randomUUID().toString());
        EntryPlan plan = reply.value();
        Instant now = environment.clock().instant();
        printReply(reply, answered -> {
            List<String> lines = new ArrayList<>();
            Amounts amounts = root().amounts();
            if ("ACTIVE".equals(answered.status())) {
                lines.add(bought(amounts, answered));
            }
            lines.addAll(PlanCards.card(amounts, answered, environment.terminal(), now));
            return lines;
        });
        if ("ACTIVE".equals(plan.status())) {
            return ExitCodes.OK;
        }
        err().println("robson: plan #" + id + " is " + plan.status()
                + (plan.failure() == null ? "" : " (" + plan.failure() + ")")
                + (List.of("FAILED", "REJECTED", "EXPIRED", "CANCELLED").contains(plan.status())
                        ? ": nothing was bought"
                        : ": not bought yet; see 'robson operations show " + id + "'"));
        return ExitCodes.REJECTED;
    }

    /** The same request, the same key, until it has an answer or the attempts run out. */
    private Reply<EntryPlan> confirmOnce(PlanningApi planning, String idempotencyKey) {
        for (int attempt = 1; ; attempt++) {
            try {
                return planning.confirm(id, idempotencyKey);
            } catch (ApiFailure failure) {
                boolean outcomeUnknown =
                        failure.kind() == ApiFailure.Kind.UNREACHABLE || failure.kind() == ApiFailure.Kind.SERVER_ERROR;
                if (!outcomeUnknown || attempt >= ATTEMPTS) {
                    throw failure;
                }
                err().println("robson: " + Failures.describe(failure) + "; asking again with the same Idempotency-Key ("
                        + (attempt + 1) + " of " + ATTEMPTS + ")");
                err().flush();
            }
        }
    }

    private boolean askedAndAgreed(PlanningApi planning, CliEnvironment environment) {
        Prompter prompter = environment.prompter();
        if (!prompter.available()) {
            throw CliFailure.usage("confirming buys: pass --yes when there is no terminal");
        }
        EntryPlan plan = planning.plan(id).value();
        if (!"PLANNED".equals(plan.status())) {
            throw new CliFailure(
                    ExitCodes.REJECTED,
                    "plan #" + id + " is " + plan.status() + ": only a PLANNED plan can be confirmed");
        }
        String quote = plan.quoteAsset();
        String base = Amounts.base(plan.symbol(), quote);
        Amounts amounts = root().amounts();
        Glyphs glyphs = environment.terminal().glyphs();
        err().println("Plan #" + id + ": " + Amounts.pair(plan.symbol(), quote) + " " + plan.side() + " "
                + glyphs.dot() + " stop " + amounts.money(plan.stopLoss(), quote) + " " + glyphs.dot() + " max loss "
                + amounts.money(plan.plannedRisk(), quote) + " (" + Amounts.percent(plan.plannedRiskPercent())
                + " of capital) " + glyphs.dot() + " "
                + Countdown.until(plan.expiresAt(), environment.clock().instant()));
        err().flush();
        return prompter.agrees("Buy " + Amounts.grouped(plan.quantity()) + (base == null ? "" : " " + base)
                + " at up to " + amounts.money(plan.entryMax(), quote) + "? [y/N] ");
    }

    private static String bought(Amounts amounts, EntryPlan plan) {
        String quote = plan.quoteAsset();
        String base = Amounts.base(plan.symbol(), quote);
        return "Bought " + Amounts.grouped(plan.filledQuantity() == null ? plan.quantity() : plan.filledQuantity())
                + (base == null ? "" : " " + base) + " at " + amounts.money(plan.entryPrice(), quote) + ": operation #"
                + plan.operationId() + " is guarded (stop " + amounts.money(plan.stopLoss(), quote) + ", target "
                + amounts.money(plan.takeProfit(), quote) + ").";
    }
}
