package org.branchline.voicemail.internal.notify;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of vm_notification; the lists are text, see {@link NotificationText}. */
@Entity
@Table(name = "vm_notification")
public class NotificationEntity {
    @Id
    @Column(name = "login_name")
    public String owner;

    @Column(nullable = false)
    public String mode;

    @Column(nullable = false)
    public String recipients;

    @Column(name = "levels_text", nullable = false)
    public String levels;

    protected NotificationEntity() {
    }

    public NotificationEntity(String owner) {
        this.owner = owner;
    }
}
