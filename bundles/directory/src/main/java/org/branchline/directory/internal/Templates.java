package org.branchline.directory.internal;

import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.NotFoundException;
import org.branchline.api.directory.UserTemplate;
import org.branchline.directory.internal.store.TemplateEntity;

/** Template look-ups shared by the user and template services. */
final class Templates {
    private Templates() {
    }

    static Optional<TemplateEntity> find(EntityManager em, String name) {
        return em.createNamedQuery("Template.byName", TemplateEntity.class).setParameter("name", name)
                .getResultStream().findFirst();
    }

    static TemplateEntity require(EntityManager em, String name) {
        return find(em, name).orElseThrow(() -> new NotFoundException("user template", name));
    }

    /** A template named in a user request: a missing one is a bad field, not a missing resource. */
    static TemplateEntity named(EntityManager em, String name) {
        String wanted = name == null ? UserTemplate.SYSTEM_DEFAULT : name;
        return find(em, wanted).orElseThrow(
                () -> new InvalidFieldException("template", "no user template named '" + wanted + "'"));
    }

    static String nameOf(EntityManager em, Long id) {
        TemplateEntity t = em.find(TemplateEntity.class, id);
        return t == null ? UserTemplate.SYSTEM_DEFAULT : t.name();
    }

    static UserTemplate view(EntityManager em, TemplateEntity t) {
        List<String> users = em.createNamedQuery("User.byTemplate", String.class).setParameter("id", t.id())
                .getResultList();
        return new UserTemplate(t.name(), t.editable(), new java.util.TreeMap<>(t.settings()), users);
    }
}
