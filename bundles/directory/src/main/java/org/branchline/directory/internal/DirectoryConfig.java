package org.branchline.directory.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchline directory",
        description = "First-boot account of the Server Administrator (etc/org.branchline.directory.cfg)")
public @interface DirectoryConfig {
    @AttributeDefinition(description = "Login name of the Server Administrator created at first boot")
    String serverAdministratorLogin() default "admin";

    @AttributeDefinition(description = "Password given to that account at first boot. It must be changed at"
            + " first login unless serverAdministratorPasswordChangeRequired is false. Read only while the"
            + " directory has no Server Administrator.")
    String serverAdministratorInitialPassword() default "admin";

    @AttributeDefinition(description = "Whether the first-boot password must be changed at first login")
    boolean serverAdministratorPasswordChangeRequired() default true;
}
