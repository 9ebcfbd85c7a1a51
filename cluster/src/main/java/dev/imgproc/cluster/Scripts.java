package dev.imgproc.cluster;

/** The Lua scripts that make each state change of a job one atomic step. See {@code lua/*.lua} for each contract. */
public final class Scripts {
    public static final LuaScript ENQUEUE = LuaScript.load("enqueue", false);
    public static final LuaScript COMPLETE = LuaScript.load("complete", true);
    public static final LuaScript FAIL = LuaScript.load("fail", true);
    public static final LuaScript RENEW = LuaScript.load("renew", false);
    public static final LuaScript REAP = LuaScript.load("reap", true);
    public static final LuaScript HEARTBEAT = LuaScript.load("heartbeat", false);
    public static final LuaScript FORGET_CONSUMERS = LuaScript.load("forget-consumers", false);

    private Scripts() {}
}
