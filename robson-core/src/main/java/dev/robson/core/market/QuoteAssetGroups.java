package dev.robson.core.market;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Amounts in different quote assets never add up, so every total is taken per quote asset: one
 * group each, in asset-code order, every group keeping the order its items came in.
 */
public final class QuoteAssetGroups {

    private QuoteAssetGroups() {}

    /** {@code what} names the items in the refusal of a null collection or a null item. */
    public static <T> List<List<T>> of(Collection<T> items, Function<? super T, Asset> quoteAsset, String what) {
        if (items == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        Map<String, List<T>> groups = new TreeMap<>();
        for (T item : items) {
            if (item == null) {
                throw new IllegalArgumentException(what + " must not contain null");
            }
            groups.computeIfAbsent(quoteAsset.apply(item).code(), code -> new ArrayList<>())
                    .add(item);
        }
        return List.copyOf(groups.values());
    }
}
