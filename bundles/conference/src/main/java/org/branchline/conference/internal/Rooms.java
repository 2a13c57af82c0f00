package org.branchline.conference.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.branchline.api.media.ConferenceBridge;

/**
 * The conferences running now, one bridge each: a bridge opens for a conference's first caller when one is
 * free, and closes when its last caller leaves. Callers count from admission, before they reach the bridge, so
 * that two callers entering at once cannot both take the last seat.
 */
public final class Rooms {
    private final IntFunction<ConferenceBridge> bridges;
    private final BridgeLimits limits;
    private final Map<String, Room> open = new HashMap<>();
    private boolean closed;

    /** @param bridges opens a bridge of that many seats */
    public Rooms(IntFunction<ConferenceBridge> bridges, BridgeLimits limits) {
        this.bridges = bridges;
        this.limits = limits;
    }

    /** A conference with its bridge and the callers admitted to it. */
    public static final class Room {
        final String id;
        final ConferenceBridge bridge;
        int callers;

        Room(String id, ConferenceBridge bridge) {
            this.id = id;
            this.bridge = bridge;
        }

        public String id() {
            return id;
        }

        public ConferenceBridge bridge() {
            return bridge;
        }
    }

    /** True when a caller could enter conference {@code id} now. */
    public synchronized boolean hasSeat(String id) {
        Room room = open.get(id);
        if (room != null) {
            return room.callers < room.bridge.seats();
        }
        return !closed && open.size() < limits.bridges();
    }

    /** Admits a caller to conference {@code id}, opening its bridge; empty when it is full or no bridge is free. */
    public synchronized Optional<Room> enter(String id) {
        if (!hasSeat(id)) {
            return Optional.empty();
        }
        Room room = open.computeIfAbsent(id, k -> new Room(k, bridges.apply(limits.seats())));
        room.callers++;
        return Optional.of(room);
    }

    /** The caller left; the last one out closes the bridge. */
    public synchronized void leave(Room room) {
        if (--room.callers <= 0 && open.get(room.id) == room) {
            open.remove(room.id);
            room.bridge.close();
        }
    }

    /** Callers in conference {@code id} (admitted, whether or not they reached the bridge yet). */
    public synchronized int callers(String id) {
        Room room = open.get(id);
        return room == null ? 0 : room.callers;
    }

    /** Closes every bridge: the callers in them leave their conferences. */
    public void close() {
        Map<String, Room> rooms;
        synchronized (this) {
            closed = true;
            rooms = new HashMap<>(open);
            open.clear();
        }
        rooms.values().forEach(r -> r.bridge.close());
    }
}
