package io.holdslayer.simulator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pjsip.pjsua2.AudioMedia;
import org.pjsip.pjsua2.AudioMediaPlayer;
import org.pjsip.pjsua2.AudioMediaRecorder;
import org.pjsip.pjsua2.pjmedia_file_player_option;

/**
 * The audio of one call in pjsua2's conference bridge: the players that send into the call and the recorder of
 * what the call receives. pjsua2 may give the call a new audio port on every media update (a re-INVITE), so
 * {@link #attach} connects the recorder and the sounding players again. Players and the recorder are deleted
 * explicitly on the scenario thread: left to the garbage collector, their native destructors would run on a
 * thread pjlib does not know.
 */
final class CallAudio {

    private final Path recording;
    private final List<AudioMediaPlayer> players = new ArrayList<>();
    private final Set<AudioMediaPlayer> muted = new HashSet<>();
    private AudioMedia audio;
    private AudioMediaRecorder recorder;

    CallAudio(Path recording) {
        this.recording = recording;
    }

    /** @return whether this is the call's first audio port */
    boolean attach(AudioMedia media) throws Exception {
        boolean first = audio == null;
        audio = media;
        if (recorder == null) {
            recorder = new AudioMediaRecorder();
            recorder.createRecorder(recording.toString());
        }
        audio.startTransmit(recorder);
        for (AudioMediaPlayer player : players) {
            if (!muted.contains(player)) {
                player.startTransmit(audio);
            }
        }
        return first;
    }

    boolean ready() {
        return audio != null;
    }

    AudioMediaPlayer play(Path wav, boolean loop) throws Exception {
        AudioMediaPlayer player = new AudioMediaPlayer();
        player.createPlayer(wav.toString(), loop ? 0 : pjmedia_file_player_option.PJMEDIA_FILE_NO_LOOP);
        players.add(player);
        player.startTransmit(audio);
        return player;
    }

    void mute(AudioMediaPlayer player, boolean mute) throws Exception {
        if (mute && muted.add(player)) {
            player.stopTransmit(audio);
        } else if (!mute && muted.remove(player)) {
            player.startTransmit(audio);
        }
    }

    void stop(AudioMediaPlayer player) throws Exception {
        if (players.remove(player)) {
            if (!muted.remove(player)) {
                player.stopTransmit(audio);
            }
            player.delete();
        }
    }

    void stopAll() throws Exception {
        for (AudioMediaPlayer player : List.copyOf(players)) {
            stop(player);
        }
    }

    void close() throws Exception {
        stopAll();
        if (recorder != null) {
            recorder.delete();
            recorder = null;
        }
    }
}
