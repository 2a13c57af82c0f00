package org.branchline.api.routing;

public interface CallParkService {
    CallParkSettings get();

    CallParkSettings update(CallParkSettings settings);
}
