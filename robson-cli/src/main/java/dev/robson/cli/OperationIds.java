package dev.robson.cli;

/** Operation ids are positive; zero or less is a typo the server need not see. */
final class OperationIds {

    private OperationIds() {}

    static void check(long id) {
        if (id <= 0) {
            throw CliFailure.usage("an operation id is a positive number, not " + id);
        }
    }
}
