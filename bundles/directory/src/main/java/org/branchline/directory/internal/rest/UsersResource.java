package org.branchline.directory.internal.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.branchline.api.admin.AdminResponses;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.directory.PasswordRequirements;
import org.branchline.api.directory.User;
import org.branchline.api.directory.UserService;
import org.branchline.api.security.AccessControl;
import org.branchline.api.security.AdminCaller;
import org.branchline.api.security.Role;
import org.branchline.directory.internal.DirectoryFields;
import org.branchline.directory.internal.rest.Requests.PasswordChangeBody;
import org.branchline.directory.internal.rest.Requests.PresenceBody;
import org.branchline.directory.internal.rest.Requests.TemplateApplicationBody;
import org.branchline.directory.internal.rest.Requests.UserBody;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/*
 * Three tags (Users, Roles, Session): a class-level @Tag would be added to every operation, so each operation names
 * its tag and the tags are described where they first appear. No 403 at class level: any logged-in user may read
 * themselves and change their own password.
 */
@Component(service = UsersResource.class, property = "branchline.admin.rest=true")
@ApiResponse(responseCode = "401", ref = AdminResponses.UNAUTHORIZED)
@ApiResponse(responseCode = "429", ref = AdminResponses.TOO_MANY_REQUESTS)
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {
    private final UserService users;
    private final AccessControl access;

    @Activate
    public UsersResource(@Reference UserService users, @Reference AccessControl access) {
        this.users = users;
        this.access = access;
    }

    @GET
    @Path("users")
    @Tag(name = "Users", description = "Business > Users (admin guide §8, §9)")
    @Operation(operationId = "listUsers", summary = "List users",
            description = "Business > Users: every PBX user. Needs a role allowed to view users (Server, System or "
                    + "Phone Administrator).", tags = "Users")
    @ApiResponse(responseCode = "200", description = "The users.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
    public List<User> list() {
        return users.list();
    }

    @POST
    @Path("users")
    @Operation(operationId = "createUser", summary = "Add a user",
            description = "Business > Users > add new user (admin guide §9.3). The user starts from a user template "
                    + "(\"System User (Default)\" when none is named), with presence In Office, the default PIN "
                    + "1234 and both \"require change at next login\" flags on unless the body says otherwise. "
                    + "Needs a role allowed to add users (Server, System or Phone Administrator).", tags = "Users")
    @ApiResponse(responseCode = "201", description = "The user as created.",
            content = @Content(schema = @Schema(implementation = User.class)))
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public Response create(@RequestBody(description = "The new user.", required = true) UserBody body) {
        UserBody b = RequestFields.body(body);
        User created = users.create(b.loginName(), b.template(), b.change());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("users/{login}")
    @Operation(operationId = "getUser", summary = "Show a user",
            description = "One user. Any logged-in user may read their own; reading another needs a role allowed to "
                    + "view users.", tags = "Users")
    @ApiResponse(responseCode = "200", description = "The user.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    public User get(@PathParam("login") @Parameter(description = Docs.LOGIN, example = "jsmith") String login) {
        return users.get(login);
    }

    @PUT
    @Path("users/{login}")
    @Operation(operationId = "updateUser", summary = "Modify a user",
            description = "Business > Users > Modify (admin guide §9.4): changes the fields present in the body and "
                    + "leaves the others as they are. Template settings given here become overrides of the user's "
                    + "template (the guide's \"!\"). Only the Server Administrator may change the Server "
                    + "Administrator's password.", tags = "Users")
    @ApiResponse(responseCode = "200", description = "The user after the change.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    public User update(
            @PathParam("login") @Parameter(description = Docs.LOGIN, example = "jsmith") String login,
            @RequestBody(description = "The fields to change.", required = true) UserBody body) {
        UserBody b = RequestFields.body(body);
        if (b.loginName() != null && !b.loginName().equals(login)) {
            throw new InvalidFieldException("login-name", "cannot be changed");
        }
        if (b.template() != null) {
            throw new InvalidFieldException("template", "apply a template with POST users/" + login + "/template");
        }
        return users.update(login, b.change());
    }

    @DELETE
    @Path("users/{login}")
    @Operation(operationId = "deleteUser", summary = "Delete a user",
            description = "Deletes the user and the user extensions it owns. The Server Administrator cannot be "
                    + "deleted (409).", tags = "Users")
    @ApiResponse(responseCode = "204", description = "Done; no body.")
    @ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public Response delete(
            @PathParam("login") @Parameter(description = Docs.LOGIN, example = "jsmith") String login) {
        users.delete(login);
        return Response.noContent().build();
    }

    @PUT
    @Path("users/{login}/presence")
    @Operation(operationId = "setPresence", summary = "Change a user's presence",
            description = "Sets the user's current presence (admin guide §18.1). Any logged-in user may change their "
                    + "own; changing another's needs a role allowed to modify users.", tags = "Users")
    @ApiResponse(responseCode = "200", description = "The user with the new presence.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    public User presence(
            @PathParam("login") @Parameter(description = Docs.LOGIN, example = "jsmith") String login,
            @RequestBody(description = "The new presence.", required = true) PresenceBody body) {
        return users.setPresence(login, RequestFields.presence(RequestFields.body(body).presence()));
    }

    @POST
    @Path("users/{login}/template")
    @Operation(operationId = "applyTemplate", summary = "Apply a user template to a user",
            description = "User Template Options (admin guide §9.4): Set takes every setting of the template and "
                    + "clears the user's overrides; Merge keeps the user's override settings and takes the "
                    + "remaining settings from the template. The template becomes the user's last applied template.",
            tags = "Users")
    @ApiResponse(responseCode = "200", description = "The user after the template was applied.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    public User applyTemplate(
            @PathParam("login") @Parameter(description = Docs.LOGIN, example = "jsmith") String login,
            @RequestBody(description = "The template and how to apply it.", required = true)
            TemplateApplicationBody body) {
        TemplateApplicationBody b = RequestFields.body(body);
        return users.applyTemplate(login, b.template(), b.mode());
    }

    @PUT
    @Path("users/{login}/roles/{role}")
    @Operation(operationId = "assignRole", summary = "Assign a role to a user",
            description = "Business > Roles > Assign Role (admin guide §2.2). The Phone Administrator role may be "
                    + "assigned by a Server, System or Phone Administrator, the other roles by a Server or System "
                    + "Administrator. The Server Administrator role is predefined and cannot be assigned (409). "
                    + "Assigning a role the user already holds changes nothing. No request body.", tags = "Roles")
    @ApiResponse(responseCode = "200", description = "The user with the role.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public User assignRole(
            @PathParam("login") @Parameter(description = Docs.LOGIN, example = "jsmith") String login,
            @PathParam("role") @Parameter(description = Docs.ROLE, example = "phone-administrator") String role) {
        return users.assignRole(login, DirectoryFields.role(role));
    }

    @DELETE
    @Path("users/{login}/roles/{role}")
    @Operation(operationId = "removeRole", summary = "Remove a role from a user",
            description = "Business > Roles > Remove Role (admin guide §2.2), with the same permissions as assigning "
                    + "it. The Server Administrator role cannot be removed (409).", tags = "Roles")
    @ApiResponse(responseCode = "200", description = "The user without the role.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public User removeRole(
            @PathParam("login") @Parameter(description = Docs.LOGIN, example = "jsmith") String login,
            @PathParam("role") @Parameter(description = Docs.ROLE, example = "phone-administrator") String role) {
        return users.removeRole(login, DirectoryFields.role(role));
    }

    @GET
    @Path("roles")
    @Tag(name = "Roles", description = "Business > Roles (admin guide §2.2)")
    @Operation(operationId = "listRoles", summary = "List the users holding each role",
            description = "Business > Roles: the login names of the users assigned to each administrative role "
                    + "(admin guide §2.2.1).", tags = "Roles")
    @ApiResponse(responseCode = "200", description = "Each role with its users.",
            content = @Content(schema = @Schema(implementation = Docs.RoleHolders.class)))
    @ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
    public Map<Role, List<String>> roles() {
        return users.roles();
    }

    @GET
    @Path("password-requirements")
    @Operation(operationId = "getPasswordRequirements", summary = "Show the password requirements",
            description = "Business > Users > Password Requirements (admin guide §8.1).", tags = "Users")
    @ApiResponse(responseCode = "200", description = "The password requirements in force.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
    public PasswordRequirements passwordRequirements() {
        return users.passwordRequirements();
    }

    @PUT
    @Path("password-requirements")
    @Operation(operationId = "updatePasswordRequirements", summary = "Modify the password requirements",
            description = "Business > Users > Password Requirements > modify (admin guide §8.1); Server and System "
                    + "Administrators only. Replaces the whole setting. Users whose password no longer complies "
                    + "must change it at their next login.", tags = "Users")
    @ApiResponse(responseCode = "200", description = "The saved password requirements.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
    public PasswordRequirements updatePasswordRequirements(
            @RequestBody(description = "The new password requirements.", required = true) PasswordRequirements body) {
        return users.updatePasswordRequirements(RequestFields.body(body));
    }

    @GET
    @Path("me")
    @Tag(name = "Session", description = "The logged-in user")
    @Operation(operationId = "whoAmI", summary = "Show the logged-in user",
            description = "The PBX user these credentials belong to and the roles the login carried. Allowed even "
                    + "while a password change is required.", tags = "Session")
    @ApiResponse(responseCode = "200", description = "The logged-in user.", useReturnTypeSchema = true)
    public AdminCaller me() {
        return access.caller();
    }

    @PUT
    @Path("me/password")
    @Operation(operationId = "changeOwnPassword", summary = "Change your own password",
            description = "The logged-in user changes their own password (as in My Allworx Manager, admin guide §8). "
                    + "Allowed, and the way out, while \"require password change at next login\" is set: every "
                    + "other operation answers 403 until then. The new password must meet the password requirements "
                    + "and differ from the current one.", tags = "Session")
    @ApiResponse(responseCode = "204", description = "Done; no body.")
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    public Response changePassword(
            @RequestBody(description = "The current and the new password.", required = true)
            PasswordChangeBody body) {
        PasswordChangeBody b = RequestFields.body(body);
        users.changeOwnPassword(b.currentPassword(), b.newPassword());
        return Response.noContent().build();
    }
}
