package org.branchline.conference.internal;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.branchline.api.callcontrol.ApplicationCall;
import org.branchline.api.callcontrol.CallApplication;
import org.branchline.api.media.MediaEngine;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The conference center call application: callers dialing 408 enter an unscheduled conference by ID and
 * password. A configuration change applies to the next caller (and bridge); conferences under way go on.
 * Stopping the bundle closes every bridge, and the SIP core hangs up the callers.
 */
@Component(service = CallApplication.class, configurationPid = ConferenceSettings.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = {CallApplication.NAMES + "=" + ConferenceCenter.NAME,
            ConferenceCenter.LICENSE + "=" + ConferenceCenter.FEATURE})
@Designate(ocd = ConferenceSettings.class)
public class ConferenceCenter implements CallApplication {
    static final String NAME = "conference-center";
    /** The service property naming the feature key an application needs. */
    static final String LICENSE = "branchline.license";
    static final String FEATURE = "CONFERENCE_CENTER";
    private static final Logger LOG = Logger.getLogger(ConferenceCenter.class.getName());
    private final Rooms rooms;
    private final String version;
    private volatile Unscheduled conferences = Unscheduled.parse("");
    private volatile BridgeLimits limits;

    @Activate
    public ConferenceCenter(ConferenceSettings settings, BundleContext context, @Reference MediaEngine media) {
        modified(settings);
        this.rooms = new Rooms(media::openBridge, () -> limits);
        this.version = context.getBundle().getVersion().toString();
        LOG.info("Conference center " + version + " answers " + NAME + ": conferences "
                + conferences.passwords().keySet() + ", " + limits.bridges() + " bridge(s) of "
                + limits.seats() + " seats");
    }

    @Modified
    void modified(ConferenceSettings settings) {
        limits = BridgeLimits.of(settings);
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
    public String version() {
        return version;
    }

    @Deactivate
    void deactivate() {
        rooms.close();
        LOG.info("Conference center " + version + " stopped");
    }
}
