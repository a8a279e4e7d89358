package dev.robson.server.planning;

import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One SELECT of a repository, read a tenant at a time: the tenant's condition opens every WHERE
 * clause built here, so no read of strategies or plans can leave it out.
 *
 * @param select       the statement up to its WHERE clause
 * @param tenantColumn the column naming the row's tenant, as {@code select} can refer to it
 */
record TenantSelect<T>(JdbcClient jdbc, String select, String tenantColumn, RowMapper<T> row) {

    /** The tenant's rows narrowed or ordered by {@code rest}, SQL following the tenant's condition. */
    JdbcClient.MappedQuerySpec<T> where(long tenantId, String rest, Map<String, ?> params) {
        return jdbc.sql(select + " WHERE " + tenantColumn + " = :tenantId" + rest)
                .param("tenantId", tenantId)
                .params(params)
                .query(row);
    }
}
