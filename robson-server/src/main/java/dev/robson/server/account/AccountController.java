package dev.robson.server.account;

import dev.robson.server.auth.Tenant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AccountController {

    private final AccountValuation valuation;

    AccountController(AccountValuation valuation) {
        this.valuation = valuation;
    }

    @GetMapping({"/api/account/balance/", "/api/account/balance"})
    AccountValuation.Balances balance(Tenant tenant) {
        return valuation.balances(tenant);
    }

    @GetMapping({"/api/account/summary/", "/api/account/summary"})
    AccountValuation.Summary summary(Tenant tenant) {
        return valuation.summary(tenant);
    }

    @GetMapping({"/api/portfolio/patrimony/", "/api/portfolio/patrimony"})
    AccountValuation.Patrimony patrimony(Tenant tenant) {
        return valuation.patrimony(tenant);
    }
}
