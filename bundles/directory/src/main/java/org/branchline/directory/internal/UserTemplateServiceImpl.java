package org.branchline.directory.internal;

import java.util.List;
import java.util.Map;
import org.branchline.api.admin.ConflictException;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.directory.UserTemplate;
import org.branchline.api.directory.UserTemplateService;
import org.branchline.api.security.AccessControl;
import org.branchline.directory.internal.rules.TemplateSettings;
import org.branchline.directory.internal.store.TemplateEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = UserTemplateService.class)
public class UserTemplateServiceImpl implements UserTemplateService {
    private final DirectoryDatabase db;
    private final AccessControl access;

    @Activate
    public UserTemplateServiceImpl(@Reference DirectoryDatabase db, @Reference AccessControl access) {
        this.db = db;
        this.access = access;
    }

    @Override
    public List<UserTemplate> list() {
        access.require(DirectoryPermissions.USER_TEMPLATES_MANAGE);
        return db.call(em -> em.createNamedQuery("Template.all", TemplateEntity.class).getResultStream()
                .map(t -> Templates.view(em, t)).toList());
    }

    @Override
    public UserTemplate get(String name) {
        access.require(DirectoryPermissions.USER_TEMPLATES_MANAGE);
        return db.call(em -> Templates.view(em, Templates.require(em, name)));
    }

    @Override
    public UserTemplate copy(String source, String newName) {
        access.require(DirectoryPermissions.USER_TEMPLATES_MANAGE);
        return db.call(em -> {
            TemplateEntity from = Templates.require(em, source);
            String name = checkName(newName == null ? "Copy of " + from.name() : newName);
            if (Templates.find(em, name).isPresent()) {
                throw new ConflictException("name", "a user template named '" + name + "' already exists");
            }
            TemplateEntity copy = new TemplateEntity(name, true, from.settings());
            em.persist(copy);
            em.flush();
            return Templates.view(em, copy);
        });
    }

    @Override
    public UserTemplate update(String name, String newName, Map<String, String> settings) {
        access.require(DirectoryPermissions.USER_TEMPLATES_MANAGE);
        return db.call(em -> {
            TemplateEntity t = Templates.require(em, name);
            if (!t.editable()) {
                throw new ConflictException("name", "'" + t.name() + "' holds the factory defaults and cannot be"
                        + " changed; copy it instead");
            }
            if (newName != null && !newName.equals(t.name())) {
                String checked = checkName(newName);
                if (Templates.find(em, checked).isPresent()) {
                    throw new ConflictException("name", "a user template named '" + checked + "' already exists");
                }
                t.rename(checked);
            }
            if (settings != null) {
                settings.forEach((key, value) -> {
                    TemplateSettings.validate(key, value);
                    t.settings().put(key, TemplateSettings.normalise(key, value));
                });
            }
            return Templates.view(em, t);
        });
    }

    @Override
    public void delete(String name) {
        access.require(DirectoryPermissions.USER_TEMPLATES_MANAGE);
        db.run(em -> {
            TemplateEntity t = Templates.require(em, name);
            if (!t.editable()) {
                throw new ConflictException("name", "'" + t.name() + "' cannot be deleted");
            }
            long users = em.createNamedQuery("User.countByTemplate", Long.class).setParameter("id", t.id())
                    .getSingleResult();
            if (users > 0) {
                throw new ConflictException("name", "'" + t.name() + "' was last applied to " + users
                        + " user(s); apply another template to them first");
            }
            em.remove(t);
        });
    }

    private static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 128) {
            throw new InvalidFieldException("name", "must be 1 to 128 characters");
        }
        return n;
    }
}
