package dev.creatorwatch.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Failed sign-ins of one username, known or not, so guessing is slowed on every instance alike. */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle extends PanacheEntityBase {

    @Id
    @Column(length = 100)
    public String username;

    @Column(nullable = false)
    public int failures;

    @Column(name = "window_start", nullable = false)
    public Instant windowStart;

    @Column(name = "locked_until")
    public Instant lockedUntil;
}
