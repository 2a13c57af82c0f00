package org.branchline.directory.internal.roles;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.branchline.api.security.Permission;
import org.branchline.api.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

/**
 * One file of the role table, etc/org.branchline.roles-&lt;subsystem&gt;.cfg: a factory configuration of
 * {@value #PID} whose rows read {@code permission.name = Role, Role}. A row that names an unknown role, or whose
 * key is no permission name, is logged and left out whole: it grants nothing.
 */
@Component(service = RoleFile.class, configurationPid = RoleFile.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class RoleFile {
    public static final String PID = "org.branchline.roles";
    private static final Logger LOG = Logger.getLogger(RoleFile.class.getName());
    /** Properties Configuration Admin, File Install and Declarative Services add to every configuration. */
    private static final List<String> FRAMEWORK_PREFIXES = List.of("service.", "component.", "felix.", "osgi.");

    private final String source;
    private final Map<String, Set<Role>> rows = new TreeMap<>();

    @Activate
    public RoleFile(Map<String, Object> properties) {
        source = sourceOf(properties);
        properties.forEach((key, value) -> {
            if (FRAMEWORK_PREFIXES.stream().noneMatch(key::startsWith)) {
                row(key, value).ifPresent(roles -> rows.put(key, Collections.unmodifiableSet(roles)));
            }
        });
    }

    /** The file the rows came from (its name), or the configuration's PID. */
    public String source() {
        return source;
    }

    /** The roles each permission name of this file is granted to. */
    public Map<String, Set<Role>> rows() {
        return Collections.unmodifiableMap(rows);
    }

    private Optional<Set<Role>> row(String key, Object value) {
        if (!Permission.isName(key)) {
            return ignored(key, "is not a permission name (<subsystem>.<object>.<action>)");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String title : titles(value)) {
            Optional<Role> role = Role.parse(title);
            if (role.isEmpty()) {
                return ignored(key, "names '" + title + "', which is no role (" + String.join(", ",
                        Arrays.stream(Role.values()).map(Role::title).toList()) + ")");
            }
            roles.add(role.get());
        }
        return Optional.of(roles);
    }

    private Optional<Set<Role>> ignored(String key, String why) {
        LOG.warning("role table " + source + ": row " + key + " ignored, it grants nothing: it " + why);
        return Optional.empty();
    }

    private static List<String> titles(Object value) {
        Collection<?> items = value instanceof Object[] array ? Arrays.asList(array)
                : value instanceof Collection<?> collection ? collection
                : Arrays.asList(String.valueOf(value).split(","));
        return items.stream().map(item -> String.valueOf(item).trim()).filter(title -> !title.isEmpty()).toList();
    }

    private static String sourceOf(Map<String, Object> properties) {
        Object file = properties.get("felix.fileinstall.filename");
        if (file != null) {
            String path = file.toString();
            return path.substring(path.lastIndexOf('/') + 1);
        }
        return String.valueOf(properties.getOrDefault("service.pid", PID));
    }
}
