package dev.robson.server.planning;

import dev.robson.core.planning.PlanRefusal;
import dev.robson.core.planning.stop.DataUnavailable;
import dev.robson.server.problem.ApiProblem;

/** The problems planning answers with, each under its stable code. */
final class PlanProblems {

    /** The month's budget is kept in the account's quote asset; a symbol quoted in another cannot draw on it. */
    static final String QUOTE_ASSET_MISMATCH = "quote_asset_mismatch";

    private PlanProblems() {}

    /** A refusal of the planner: 503 when the market data was missing or stale (retry), else 422. */
    static ApiProblem refusal(PlanRefusal refusal) {
        return refusal.retryable()
                ? ApiProblem.unavailable(DataUnavailable.CODE, refusal.message() + "; retry shortly.")
                : ApiProblem.unprocessable(refusal.code(), sentence(refusal.message()));
    }

    static ApiProblem dataUnavailable(String why) {
        return ApiProblem.unavailable(DataUnavailable.CODE, why + "; retry shortly.");
    }

    static ApiProblem quoteAssetMismatch(String symbolQuote, String accountQuote) {
        return ApiProblem.unprocessable(
                QUOTE_ASSET_MISMATCH,
                "The month's risk budget is kept in " + accountQuote + "; a symbol quoted in " + symbolQuote
                        + " cannot be planned against it.");
    }

    static ApiProblem planNotFound() {
        return ApiProblem.notFound("plan_not_found", "The operation was not made from a plan.");
    }

    private static String sentence(String message) {
        String capital = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return capital.endsWith(".") ? capital : capital + ".";
    }
}
