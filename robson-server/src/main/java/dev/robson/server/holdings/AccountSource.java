package dev.robson.server.holdings;

import dev.robson.server.auth.Tenant;
import java.util.List;

/** Where a tenant's balances come from: the paper ledger, or the exchange account. */
public interface AccountSource {

    List<AssetBalance> balances(Tenant tenant);

    /** PAPER or BINANCE, shown beside every figure derived from these balances. */
    String label();
}
