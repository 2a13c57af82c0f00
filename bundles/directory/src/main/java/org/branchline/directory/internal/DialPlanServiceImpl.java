package org.branchline.directory.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.branchline.api.admin.ConflictException;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.directory.DialPattern;
import org.branchline.api.directory.DialPlan;
import org.branchline.api.directory.DialPlanFunction;
import org.branchline.api.directory.DialPlanMode;
import org.branchline.api.directory.DialPlanService;
import org.branchline.api.security.AccessControl;
import org.branchline.directory.internal.rules.DialPlanRules;
import org.branchline.directory.internal.store.ExtensionEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DialPlanService.class)
public class DialPlanServiceImpl implements DialPlanService {
    private final DirectoryDatabase db;
    private final AccessControl access;

    @Activate
    public DialPlanServiceImpl(@Reference DirectoryDatabase db, @Reference AccessControl access) {
        this.db = db;
        this.access = access;
    }

    @Override
    public DialPlan get() {
        access.require(DirectoryPermissions.DIAL_PLAN_VIEW);
        return db.dialPlan();
    }

    @Override
    public List<DialPattern> patterns() {
        return DialPlanRules.patterns(get());
    }

    @Override
    public DialPlan update(DialPlanMode mode, Map<DialPlanFunction, Integer> digits) {
        access.require(DirectoryPermissions.DIAL_PLAN_MODIFY);
        return db.changeDialPlan(em -> {
            DialPlan current = DirectorySettings.dialPlan(em);
            DialPlanMode newMode = mode == null ? current.mode() : mode;
            // a change of mode starts from that mode's factory digits (e.g. speed dials *2.. in Extension mode)
            Map<DialPlanFunction, Integer> merged = new EnumMap<>(newMode == current.mode() ? current.digits()
                    : DialPlanRules.defaults(newMode).digits());
            if (digits != null) {
                merged.putAll(digits);
            }
            DialPlan plan = new DialPlan(newMode, current.extensionLength(), merged);
            DialPlanRules.validate(plan);
            requireInside(plan, numbers(em), DialPlanFunction.EXTENSIONS.field(), "extensions");
            DirectorySettings.save(em, plan);
            return plan;
        });
    }

    @Override
    public DialPlan changeExtensionLength(int length) {
        access.require(DirectoryPermissions.DIAL_PLAN_MODIFY);
        if (length != 3 && length != 4) {
            throw new InvalidFieldException("extension-length", "must be 3 or 4");
        }
        return db.changeDialPlan(em -> {
            DialPlan current = DirectorySettings.dialPlan(em);
            Map<String, String> renames = DialPlanRules.convertLength(current, numbers(em), length);
            DialPlan plan = DialPlanRules.withLength(current, length);
            requireInside(plan, renames.values(), "extension-length", "converted extensions");
            renames.forEach((from, to) -> em.createNativeQuery(
                    "UPDATE dir_extension SET ext_number = ? WHERE ext_number = ?")
                    .setParameter(1, to).setParameter(2, from).executeUpdate());
            DirectorySettings.save(em, plan);
            return plan;
        });
    }

    private static List<String> numbers(EntityManager em) {
        return em.createNamedQuery("Extension.all", ExtensionEntity.class).getResultStream().map(e -> e.number)
                .toList();
    }

    private static void requireInside(DialPlan plan, Collection<String> numbers, String field, String what) {
        List<String> outside = numbers.stream().filter(n -> !DialPlanRules.isExtensionNumber(plan, n)).sorted()
                .toList();
        if (!outside.isEmpty()) {
            throw new ConflictException(field, what + " " + listed(outside)
                    + " would fall outside the dial plan's extension range");
        }
    }

    private static String listed(List<String> numbers) {
        String shown = String.join(", ", numbers.subList(0, Math.min(5, numbers.size())));
        return numbers.size() > 5 ? shown + " and " + (numbers.size() - 5) + " more" : shown;
    }
}
