package org.luoshi.publication;

import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.plan.Government;
import org.luoshi.plan.Governments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A government's catalogue settings: its organisation code and 索引号 pattern, the serial a year starts from,
 * and the defaults of 发布机构 and 组配分类. Without settings the 行政区划代码 is the code.
 */
@Service
@Transactional
public class CatalogueSettings {

    /** @param firstSerial the serial of a year's first number, so that numbering can continue an existing catalogue */
    public record Setting(
            long governmentId,
            String orgCode,
            IndexPattern pattern,
            long firstSerial,
            String publisher,
            String category) {
        public Setting {
            if (orgCode == null || orgCode.isBlank() || orgCode.length() > 60) {
                throw DomainException.of(DomainException.Kind.BAD_INPUT, "publication.organisation-code-required");
            }
            if (firstSerial < 1) {
                throw DomainException.of(DomainException.Kind.BAD_INPUT, "publication.first-serial-must-positive");
            }
        }
    }

    private final JdbcClient jdbc;
    private final Governments governments;

    CatalogueSettings(JdbcClient jdbc, Governments governments) {
        this.jdbc = jdbc;
        this.governments = governments;
    }

    @Transactional(readOnly = true)
    public Setting of(long governmentId) {
        return jdbc.sql("""
                        select government_id, org_code, pattern, first_serial, publisher, category
                        from catalogue_setting where government_id = :gov""")
                .param("gov", governmentId)
                .query((rs, i) -> new Setting(
                        rs.getLong(1),
                        rs.getString(2),
                        new IndexPattern(rs.getString(3)),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6)))
                .optional()
                .orElseGet(() -> defaults(governmentId));
    }

    /** The office (or the administrator) sets its government's catalogue; another government's is "not found". */
    public void save(Setting setting, LuoshiUser user) {
        if (!user.is(Role.ADMIN) && !user.is(Role.OFFICE)) {
            throw new AccessDeniedException("only the office sets the catalogue");
        }
        if (!user.scope().allows(setting.governmentId())) {
            throw DomainException.of(DomainException.Kind.NOT_FOUND, "web.no-such-government");
        }
        int n = jdbc.sql("""
                        update catalogue_setting set org_code = :code, pattern = :pattern, first_serial = :first,
                            publisher = :publisher, category = :category where government_id = :gov""")
                .param("code", setting.orgCode().strip())
                .param("pattern", setting.pattern().pattern())
                .param("first", setting.firstSerial())
                .param("publisher", setting.publisher())
                .param("category", setting.category())
                .param("gov", setting.governmentId())
                .update();
        if (n == 0) {
            jdbc.sql("""
                            insert into catalogue_setting (government_id, org_code, pattern, first_serial, publisher, category)
                            values (:gov, :code, :pattern, :first, :publisher, :category)""")
                    .param("code", setting.orgCode().strip())
                    .param("pattern", setting.pattern().pattern())
                    .param("first", setting.firstSerial())
                    .param("publisher", setting.publisher())
                    .param("category", setting.category())
                    .param("gov", setting.governmentId())
                    .update();
        }
    }

    private Setting defaults(long governmentId) {
        Government g = governments
                .byId(governmentId)
                .orElseThrow(() -> DomainException.of(DomainException.Kind.NOT_FOUND, "web.no-such-government"));
        return new Setting(governmentId, g.code(), IndexPattern.DEFAULT, 1, g.name() + "人民政府办公室", "政府工作报告执行");
    }
}
