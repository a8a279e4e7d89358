package dev.robson.server.exchange;

import dev.robson.server.auth.Tenant;
import dev.robson.server.credentials.CredentialVault;
import dev.robson.server.exchange.binance.BinanceClient;
import dev.robson.server.exchange.binance.BinanceException;
import dev.robson.server.holdings.AccountSource;
import dev.robson.server.holdings.AssetBalance;
import dev.robson.server.problem.ApiProblem;
import java.util.List;

/** Live trading: the tenant's balances as its Binance spot account holds them. */
class BinanceAccount implements AccountSource {

    private final BinanceClient binance;
    private final CredentialVault vault;

    BinanceAccount(BinanceClient binance, CredentialVault vault) {
        this.binance = binance;
        this.vault = vault;
    }

    @Override
    public List<AssetBalance> balances(Tenant tenant) {
        var credentials = ExchangeCredentialsMapping.of(vault, tenant.tenantId())
                .orElseThrow(() -> ApiProblem.conflict(
                        "no_exchange_key", "Set the tenant's Binance API key first (PUT /api/account/api-key/)."));
        try {
            return binance.account(credentials).balances().stream()
                    .map(b -> new AssetBalance(b.asset(), b.free(), b.locked()))
                    .toList();
        } catch (BinanceException failure) {
            throw ApiProblem.unavailable(
                    "exchange_unavailable",
                    "The exchange did not return the account ("
                            + failure.getClass().getSimpleName() + ").");
        }
    }

    @Override
    public String label() {
        return "BINANCE";
    }
}
