package org.branchline.directory.internal.soap;

import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebService;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.directory.DialPlanMode;
import org.branchline.api.directory.DialPlanService;
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.ExtensionService;
import org.branchline.api.directory.TemplateApplication;
import org.branchline.api.directory.UserService;
import org.branchline.api.directory.UserTemplateService;
import org.branchline.directory.internal.DirectoryFields;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The SOAP door of the directory, at the SOAP path itself: the same operations as REST and the shell, over the
 * same services.
 */
@Component(service = DirectoryAdminSoap.class, property = "branchline.admin.soap=/")
@WebService(name = "DirectoryAdmin", serviceName = "DirectoryAdminService", portName = "DirectoryAdminPort",
        targetNamespace = DirectoryAdminSoap.NAMESPACE)
public class DirectoryAdminSoap {
    public static final String NAMESPACE = "urn:branchline:admin:directory:1";
    private final UserService users;
    private final UserTemplateService templates;
    private final ExtensionService extensions;
    private final DialPlanService dialPlan;

    @Activate
    public DirectoryAdminSoap(@Reference UserService users, @Reference UserTemplateService templates,
            @Reference ExtensionService extensions, @Reference DialPlanService dialPlan) {
        this.users = users;
        this.templates = templates;
        this.extensions = extensions;
        this.dialPlan = dialPlan;
    }

    @WebMethod
    public List<SoapUser> listUsers() {
        return users.list().stream().map(SoapUser::of).toList();
    }

    @WebMethod
    public SoapUser getUser(@WebParam(name = "loginName") String loginName) {
        return SoapUser.of(users.get(loginName));
    }

    @WebMethod
    public SoapUser createUser(@WebParam(name = "loginName") String loginName,
            @WebParam(name = "template") String template, @WebParam(name = "fields") SoapUserFields fields) {
        return SoapUser.of(users.create(loginName, template, required(fields).change()));
    }

    @WebMethod
    public SoapUser updateUser(@WebParam(name = "loginName") String loginName,
            @WebParam(name = "fields") SoapUserFields fields) {
        return SoapUser.of(users.update(loginName, required(fields).change()));
    }

    @WebMethod
    public void deleteUser(@WebParam(name = "loginName") String loginName) {
        users.delete(loginName);
    }

    @WebMethod
    public SoapUser setPresence(@WebParam(name = "loginName") String loginName,
            @WebParam(name = "presence") String presence) {
        return SoapUser.of(users.setPresence(loginName, RequestFields.presence(presence)));
    }

    @WebMethod
    public SoapUser applyTemplate(@WebParam(name = "loginName") String loginName,
            @WebParam(name = "template") String template, @WebParam(name = "mode") String mode) {
        TemplateApplication how = RequestFields.oneOf("mode", TemplateApplication.class, mode);
        return SoapUser.of(users.applyTemplate(loginName, template, how));
    }

    @WebMethod
    public SoapUser assignRole(@WebParam(name = "loginName") String loginName, @WebParam(name = "role") String role) {
        return SoapUser.of(users.assignRole(loginName, DirectoryFields.role(role)));
    }

    @WebMethod
    public SoapUser removeRole(@WebParam(name = "loginName") String loginName, @WebParam(name = "role") String role) {
        return SoapUser.of(users.removeRole(loginName, DirectoryFields.role(role)));
    }

    @WebMethod
    public List<SoapRoleHolders> listRoles() {
        return users.roles().entrySet().stream().map(e -> SoapRoleHolders.of(e.getKey(), e.getValue())).toList();
    }

    @WebMethod
    public SoapPasswordRequirements getPasswordRequirements() {
        return SoapPasswordRequirements.of(users.passwordRequirements());
    }

    @WebMethod
    public SoapPasswordRequirements updatePasswordRequirements(
            @WebParam(name = "requirements") SoapPasswordRequirements requirements) {
        if (requirements == null) {
            throw new InvalidFieldException("requirements", "is required");
        }
        return SoapPasswordRequirements.of(users.updatePasswordRequirements(requirements.toRequirements()));
    }

    @WebMethod
    public void changeOwnPassword(@WebParam(name = "currentPassword") String currentPassword,
            @WebParam(name = "newPassword") String newPassword) {
        users.changeOwnPassword(currentPassword, newPassword);
    }

    @WebMethod
    public List<SoapTemplate> listTemplates() {
        return templates.list().stream().map(SoapTemplate::of).toList();
    }

    @WebMethod
    public SoapTemplate copyTemplate(@WebParam(name = "source") String source, @WebParam(name = "name") String name) {
        return SoapTemplate.of(templates.copy(source, name));
    }

    /** Renames and/or changes settings given as "key=value" strings. */
    @WebMethod
    public SoapTemplate updateTemplate(@WebParam(name = "name") String name, @WebParam(name = "newName") String newName,
            @WebParam(name = "setting") List<String> settings) {
        return SoapTemplate.of(templates.update(name, newName, RequestFields.keyValues("setting", settings)));
    }

    @WebMethod
    public void deleteTemplate(@WebParam(name = "name") String name) {
        templates.delete(name);
    }

    @WebMethod
    public List<SoapExtension> listExtensions() {
        return extensions.list().stream().map(SoapExtension::of).toList();
    }

    @WebMethod
    public SoapExtension createExtension(@WebParam(name = "number") String number, @WebParam(name = "kind") String kind,
            @WebParam(name = "owner") String owner, @WebParam(name = "description") String description) {
        ExtensionKind extensionKind = RequestFields.oneOf("kind", ExtensionKind.class, kind);
        return SoapExtension.of(extensions.create(new Extension(number, extensionKind, owner, description)));
    }

    @WebMethod
    public SoapExtension updateExtension(@WebParam(name = "number") String number, @WebParam(name = "owner") String owner,
            @WebParam(name = "description") String description) {
        return SoapExtension.of(extensions.update(number, owner, description));
    }

    @WebMethod
    public void deleteExtension(@WebParam(name = "number") String number) {
        extensions.delete(number);
    }

    @WebMethod
    public SoapDialPlan getDialPlan() {
        return SoapDialPlan.of(dialPlan.get());
    }

    /** Changes the mode (NORMAL/EXTENSION, optional) and digits given as "function=digit" strings. */
    @WebMethod
    public SoapDialPlan updateDialPlan(@WebParam(name = "mode") String mode, @WebParam(name = "digit") List<String> digits) {
        return SoapDialPlan.of(dialPlan.update(mode == null ? null : RequestFields.oneOf("mode", DialPlanMode.class, mode),
                DirectoryFields.digits("digit", digits)));
    }

    @WebMethod
    public SoapDialPlan setExtensionLength(@WebParam(name = "extensionLength") int length) {
        return SoapDialPlan.of(dialPlan.changeExtensionLength(length));
    }

    private static SoapUserFields required(SoapUserFields fields) {
        return fields == null ? new SoapUserFields() : fields;
    }
}
