package dev.robson.server.credentials;

import dev.robson.server.auth.Tenant;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sets, describes and removes the caller's exchange API key. The secret only ever goes in. */
@RestController
class CredentialsController {

    private final CredentialVault vault;

    CredentialsController(CredentialVault vault) {
        this.vault = vault;
    }

    record CredentialsRequest(
            @NotNull ExchangeCredentials.KeyType type,
            // Binance keys are 64 letters and digits; a little slack for other environments.
            @NotBlank @Pattern(regexp = "[A-Za-z0-9]{16,128}", message = "16 to 128 letters and digits")
            String apiKey,

            @NotBlank @Size(max = 4096) String secret) {
        @Override
        public String toString() {
            return "CredentialsRequest[type=" + type + "]";
        }
    }

    @PutMapping({"/api/account/api-key/", "/api/account/api-key"})
    CredentialVault.Description set(Tenant tenant, @Valid @RequestBody CredentialsRequest request) {
        vault.store(tenant.tenantId(), new ExchangeCredentials(request.type(), request.apiKey(), request.secret()));
        return vault.describe(tenant.tenantId());
    }

    @GetMapping({"/api/account/api-key/", "/api/account/api-key"})
    CredentialVault.Description describe(Tenant tenant) {
        return vault.describe(tenant.tenantId());
    }

    @DeleteMapping({"/api/account/api-key/", "/api/account/api-key"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> remove(Tenant tenant) {
        vault.remove(tenant.tenantId());
        return ResponseEntity.noContent().build();
    }
}
