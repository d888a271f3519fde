package memcim.data.ecg;

/** One beat annotation: the sample index of the R peak (or wave peak) and its MIT-BIH symbol. */
public record BeatAnnotation(int sample, char symbol) {}
