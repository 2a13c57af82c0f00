package org.branchline.media.internal;

import java.net.InetAddress;
import java.io.IOException;
import java.nio.file.Path;
import org.branchline.api.media.ConferenceBridge;
import org.branchline.api.media.MediaEngine;
import org.branchline.api.media.MediaException;
import org.branchline.api.media.MediaSession;
import org.branchline.api.network.LocalAddress;
import org.branchline.media.internal.prompt.EnglishSpeech;
import org.branchline.media.internal.prompt.MusicLibrary;
import org.branchline.media.internal.prompt.PromptLibrary;
import org.branchline.media.internal.session.Clips;
import org.branchline.media.internal.session.Engine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/** The media engine service; a configuration change restarts it (sessions open then are closed). */
@Component(service = MediaEngine.class, configurationPid = MediaSettings.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = MediaSettings.class)
public class MediaEngineImpl implements MediaEngine {
    private final Engine engine;

    @Activate
    public MediaEngineImpl(MediaSettings settings) throws IOException {
        Clips clips = new Clips(new PromptLibrary(), new EnglishSpeech(), new MusicLibrary(musicDirectory(settings)),
                settings.language());
        this.engine = new Engine(address(settings), settings.portMinimum(), settings.portMaximum(),
                settings.jitterBufferMillis(), settings.clockPriority(), clips);
    }

    private static InetAddress address(MediaSettings settings) throws IOException {
        return InetAddress.getByName(settings.address().isBlank() ? LocalAddress.firstIpv4() : settings.address().trim());
    }

    private static Path musicDirectory(MediaSettings settings) {
        if (!settings.musicDirectory().isBlank()) {
            return Path.of(settings.musicDirectory());
        }
        return Path.of(System.getProperty("karaf.data", "data"), "moh");
    }

    @Override
    public MediaSession answer(String offerSdp) throws MediaException {
        return engine.answer(offerSdp);
    }

    @Override
    public ConferenceBridge openBridge(int seats) {
        return engine.openBridge(seats);
    }

    @Override
    public int sessions() {
        return engine.sessions();
    }

    @Deactivate
    void deactivate() {
        engine.close();
    }
}
