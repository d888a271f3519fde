package memcim.spice;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/**
 * The entry points of ngspice 39's {@code sharedspice.h}, one to one. Every C {@code bool}
 * ({@code NG_BOOL}) is a {@code byte}: JNA's {@code boolean} is 4 bytes and would read garbage
 * from, or write past, ngspice's 1-byte bool. Entry points newer than 39 and the XSPICE-only ones
 * ({@code ngSpice_Reset}, {@code ngCM_Input_Path}, ...) are not here: {@link OptionalEntryPoints} looks them up by name.
 */
interface NgSpiceNative extends Library {

    /** {@code SendChar}: one line of ngspice's stdout or stderr, prefixed "stdout " or "stderr ". */
    interface SendChar extends Callback {
        int invoke(String line, int ident, Pointer user);
    }

    /** {@code SendStat}: a status string such as "tran 42.1%". */
    interface SendStat extends Callback {
        int invoke(String status, int ident, Pointer user);
    }

    /** {@code ControlledExit}: ngspice wants to exit (after {@code quit} or a fatal error). */
    interface ControlledExit extends Callback {
        int invoke(int status, byte unloadImmediately, byte onQuit, int ident, Pointer user);
    }

    /** {@code SendData}: values of all vectors at one accepted point ({@code vecvaluesall*}). */
    interface SendData extends Callback {
        int invoke(Pointer vecValuesAll, int count, int ident, Pointer user);
    }

    /** {@code SendInitData}: the vectors of the plot about to be simulated ({@code vecinfoall*}). */
    interface SendInitData extends Callback {
        int invoke(Pointer vecInfoAll, int ident, Pointer user);
    }

    /** {@code BGThreadRunning}: 1 while the background thread runs ({@code NG_BOOL}, so byte). */
    interface BGThreadRunning extends Callback {
        int invoke(byte running, int ident, Pointer user);
    }

    /** {@code GetVSRCData} and {@code GetISRCData}: the value of an EXTERNAL source at a time. */
    interface GetSourceData extends Callback {
        int invoke(Pointer value, double time, String sourceName, int ident, Pointer user);
    }

    /** {@code GetSyncData}: called with location 0 before a step (delta may be reduced) and 1 after it. */
    interface GetSyncData extends Callback {
        int invoke(double time, Pointer delta, double oldDelta, int redoStep, int ident, int location, Pointer user);
    }

    /** XSPICE {@code SendEvtData}: an event node's new value at a time step (registered via ngSpice_Init_Evt). */
    interface SendEvtData extends Callback {
        int invoke(int nodeIndex, double step, double realValue, String value, Pointer binaryValue, int binaryLength,
                   int mode, int ident, Pointer user);
    }

    /** XSPICE {@code SendInitEvtData}: one entry of the event-node dictionary (index, name, type). */
    interface SendInitEvtData extends Callback {
        int invoke(int nodeIndex, int maxIndex, String nodeName, String nodeType, int ident, Pointer user);
    }

    int ngSpice_Init(SendChar printfcn, SendStat statfcn, ControlledExit exitfcn, SendData datafcn,
                     SendInitData initdatafcn, BGThreadRunning bgtrunfcn, Pointer user);

    int ngSpice_Init_Sync(GetSourceData vsrcdat, GetSourceData isrcdat, GetSyncData syncdat,
                          IntByReference ident, Pointer user);

    int ngSpice_Command(String command);

    /** Returns a {@code vector_info*} into a static struct that the next call overwrites. */
    Pointer ngGet_Vec_Info(String vectorName);

    /** JNA passes a {@code String[]} as a NULL-terminated {@code char**}, as ngspice wants. */
    int ngSpice_Circ(String[] lines);

    String ngSpice_CurPlot();

    Pointer ngSpice_AllPlots();

    Pointer ngSpice_AllVecs(String plotName);

    byte ngSpice_running();

    byte ngSpice_SetBkpt(double time);
}
