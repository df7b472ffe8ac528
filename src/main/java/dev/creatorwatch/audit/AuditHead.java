package dev.creatorwatch.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The chain's tip and retention anchor; the one row each append locks so appends never fork the chain. */
@Entity
@Table(name = "audit_head")
class AuditHead {

    static final int ID = 1;

    @Id
    Integer id;

    @Column(name = "last_seq", nullable = false)
    long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    String lastHash;

    @Column(name = "anchor_seq", nullable = false)
    long anchorSeq;

    @Column(name = "anchor_hash", nullable = false, length = 64)
    String anchorHash;
}
