package dev.robson.server.problem;

/** Field names in error reports use the API's snake_case, not the Java names behind them. */
public final class JsonNames {

    private JsonNames() {}

    public static String snakeCase(String javaName) {
        StringBuilder snake = new StringBuilder(javaName.length() + 4);
        for (char c : javaName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }
}
