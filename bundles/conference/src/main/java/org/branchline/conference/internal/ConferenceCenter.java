package org.branchline.conference.internal;

import java.util.Hashtable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.branchline.api.admin.NotFoundException;
import org.branchline.api.callcontrol.ApplicationCall;
import org.branchline.api.callcontrol.CallApplication;
import org.branchline.api.licensing.LicensedFeature;
import org.branchline.api.licensing.Licenses;
import org.branchline.api.media.MediaEngine;
import org.branchline.api.security.AccessControl;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The conference center call application: callers dialing 408 enter an unscheduled conference by ID and
 * password. A configuration change applies to the next caller (and bridge); conferences under way go on.
 * Stopping the bundle closes every bridge, and the SIP core hangs up the callers.
 */
@Component(service = Conferences.class, immediate = true, configurationPid = ConferenceSettings.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ConferenceSettings.class)
public class ConferenceCenter implements CallApplication, Conferences {
    static final String NAME = "conference-center";
    private static final Logger LOG = Logger.getLogger(ConferenceCenter.class.getName());
    private final Rooms rooms;
    private final String version;
    private volatile Unscheduled conferences = Unscheduled.parse("");
    private final ServiceRegistration<CallApplication> registration;
    private final AccessControl access;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Licenses licenses;

    private final BridgeLimits limits = BridgeLimits.of(() -> licenses);

    @Activate
    public ConferenceCenter(ConferenceSettings settings, BundleContext context, @Reference MediaEngine media,
            @Reference AccessControl access) {
        this.access = access;
        modified(settings);
        this.rooms = new Rooms(media::openBridge, limits);
        this.version = context.getBundle().getVersion().toString();
        this.registration = context.registerService(CallApplication.class, this, properties());
        LOG.info("Conference center " + version + " answers " + NAME + ": conferences "
                + conferences.passwords().keySet() + "; bridges and seats of the server model");
    }

    /** Registered by hand so that the configuration (passwords) stays off the service's properties. */
    private static Hashtable<String, Object> properties() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(CallApplication.NAMES, NAME);
        properties.put(CallApplication.LICENSE, LicensedFeature.CONFERENCE_CENTER.name());
        return properties;
    }

    @Modified
    void modified(ConferenceSettings settings) {
        try {
            conferences = Unscheduled.parse(settings.conferences());
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "conferences setting ignored, keeping " + conferences.passwords().keySet(), e);
        }
    }

    @Override
    public void handle(ApplicationCall call) {
        new ConferenceCall(call, conferences, rooms).run();
    }

    @Override
    public List<Conference> list() {
        access.require(ConferencePermissions.CONFERENCES_VIEW);
        Unscheduled enabled = conferences;
        return enabled.passwords().keySet().stream().sorted().map(id -> new Conference(id, rooms.callers(id)))
                .toList();
    }

    @Override
    public Conference get(String id) {
        access.require(ConferencePermissions.CONFERENCES_VIEW);
        if (!conferences.exists(id)) {
            throw new NotFoundException("conference", id);
        }
        return new Conference(id, rooms.callers(id));
    }

    @Override
    public String version() {
        return version;
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
        rooms.close();
        LOG.info("Conference center " + version + " stopped");
    }
}
