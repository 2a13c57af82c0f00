package org.branchline.admin.internal.rest;

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
import org.branchline.admin.internal.rest.Requests.PasswordChangeBody;
import org.branchline.admin.internal.rest.Requests.PresenceBody;
import org.branchline.admin.internal.rest.Requests.TemplateApplicationBody;
import org.branchline.admin.internal.rest.Requests.UserBody;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.directory.PasswordRequirements;
import org.branchline.api.directory.User;
import org.branchline.api.directory.UserService;
import org.branchline.api.security.AccessControl;
import org.branchline.api.security.AdminCaller;
import org.branchline.api.security.Role;

@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {
    private final UserService users;
    private final AccessControl access;

    public UsersResource(UserService users, AccessControl access) {
        this.users = users;
        this.access = access;
    }

    @GET
    @Path("users")
    public List<User> list() {
        return users.list();
    }

    @POST
    @Path("users")
    public Response create(UserBody body) {
        UserBody b = Bodies.required(body);
        User created = users.create(b.loginName(), b.template(), b.change());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("users/{login}")
    public User get(@PathParam("login") String login) {
        return users.get(login);
    }

    @PUT
    @Path("users/{login}")
    public User update(@PathParam("login") String login, UserBody body) {
        UserBody b = Bodies.required(body);
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
    public Response delete(@PathParam("login") String login) {
        users.delete(login);
        return Response.noContent().build();
    }

    @PUT
    @Path("users/{login}/presence")
    public User presence(@PathParam("login") String login, PresenceBody body) {
        return users.setPresence(login, RequestFields.presence(Bodies.required(body).presence()));
    }

    @POST
    @Path("users/{login}/template")
    public User applyTemplate(@PathParam("login") String login, TemplateApplicationBody body) {
        TemplateApplicationBody b = Bodies.required(body);
        return users.applyTemplate(login, b.template(), b.mode());
    }

    @PUT
    @Path("users/{login}/roles/{role}")
    public User assignRole(@PathParam("login") String login, @PathParam("role") String role) {
        return users.assignRole(login, RequestFields.role(role));
    }

    @DELETE
    @Path("users/{login}/roles/{role}")
    public User removeRole(@PathParam("login") String login, @PathParam("role") String role) {
        return users.removeRole(login, RequestFields.role(role));
    }

    @GET
    @Path("roles")
    public Map<Role, List<String>> roles() {
        return users.roles();
    }

    @GET
    @Path("password-requirements")
    public PasswordRequirements passwordRequirements() {
        return users.passwordRequirements();
    }

    @PUT
    @Path("password-requirements")
    public PasswordRequirements updatePasswordRequirements(PasswordRequirements body) {
        return users.updatePasswordRequirements(Bodies.required(body));
    }

    @GET
    @Path("me")
    public AdminCaller me() {
        return access.caller();
    }

    @PUT
    @Path("me/password")
    public Response changePassword(PasswordChangeBody body) {
        PasswordChangeBody b = Bodies.required(body);
        users.changeOwnPassword(b.currentPassword(), b.newPassword());
        return Response.noContent().build();
    }
}
