package org.koinagora.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.koinagora.shared.persistence.VersionedEntity;

/** A person who can sign in. Roles are derived from memberships, see {@link RoleResolver}. */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = "UserAccount.findByEmail",
    query = "SELECT u FROM UserAccount u WHERE u.email = :email AND u.deletedAt IS NULL")
@NamedQuery(
    name = "UserAccount.countAdmins",
    query = "SELECT COUNT(u) FROM UserAccount u WHERE u.admin = TRUE AND u.deletedAt IS NULL")
public class UserAccount extends VersionedEntity {

  public static final int EMAIL_MAX = 254;
  public static final int NAME_MAX = 120;

  @Column(nullable = false, length = EMAIL_MAX)
  private String email;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "password_hash", length = 200)
  private String passwordHash;

  @Column(nullable = false)
  private boolean admin;

  @Column(nullable = false, length = 2)
  private String language = "el";

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  /** Raised whenever the password changes: sessions signed in before compare it and end. */
  @Column(name = "credentials_stamp", nullable = false)
  private int credentialsStamp;

  @Column(name = "email_confirmed_at")
  private Instant emailConfirmedAt;

  protected UserAccount() {}

  public UserAccount(String email, String name, String passwordHash, Locale language) {
    this.email = normaliseEmail(email);
    this.name = name.strip();
    this.passwordHash = passwordHash;
    this.language = "en".equals(language.getLanguage()) ? "en" : "el";
    this.createdAt = Instant.now();
  }

  public static String normaliseEmail(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  public void rename(String newName) {
    this.name = newName.strip();
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
    this.credentialsStamp++;
  }

  /**
   * The address was shown to be the person's (a confirmation or a reset link followed, or set up by
   * the platform).
   */
  public void confirmEmail() {
    if (emailConfirmedAt == null) {
      emailConfirmedAt = Instant.now();
    }
  }

  public boolean isEmailConfirmed() {
    return emailConfirmedAt != null;
  }

  public int getCredentialsStamp() {
    return credentialsStamp;
  }

  public void makeAdmin() {
    this.admin = true;
  }

  /** Erases personal data; the row stays so records the law requires keep their reference. */
  public void anonymise() {
    this.email = "deleted-" + getId() + "@deleted.invalid";
    this.name = "—";
    this.passwordHash = null;
    this.admin = false;
    this.deletedAt = Instant.now();
  }

  public boolean isActive() {
    return deletedAt == null && passwordHash != null;
  }

  public String getEmail() {
    return email;
  }

  public String getName() {
    return name;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isAdmin() {
    return admin;
  }

  public String getLanguage() {
    return language;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
