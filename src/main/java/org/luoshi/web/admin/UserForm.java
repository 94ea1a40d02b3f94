package org.luoshi.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.luoshi.account.Role;

/**
 * What the administrator types to create a user, bound field by field (a unit id that is no number leaves the rest
 * bound and checked). Presence and length are checked here, beside the fields; the account rules (the name's
 * characters, the password's strength, the unit of the government) are {@code UserAdmin}'s.
 */
public class UserForm {

    @NotBlank(message = "{form.required}")
    @Size(max = 60, message = "{form.tooLong}")
    private String username;

    @Size(max = 100, message = "{form.tooLong}")
    private String displayName;

    @NotNull(message = "{form.required}")
    private Role role;

    private Long governmentId;
    private Long unitId;

    @NotBlank(message = "{form.required}")
    private String password;

    @Size(max = 200, message = "{form.tooLong}")
    private String email;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getGovernmentId() {
        return governmentId;
    }

    public void setGovernmentId(Long governmentId) {
        this.governmentId = governmentId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
