package dev.robson.server.auth;

/** A person who may log in, and the tenant whose data they see. */
record UserAccount(long id, long tenantId, String username, String passwordHash, boolean enabled) {

    @Override
    public String toString() {
        // Keeps the hash out of any log line that prints a user.
        return "UserAccount[id=" + id + ", tenantId=" + tenantId + ", username=" + username + "]";
    }
}
