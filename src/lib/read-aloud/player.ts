/**
 * 「朗读」 in the browser: reads the elements marked [data-bz-read] aloud with the browser's own
 * speech synthesis in Chinese (no service, no download). The control stays hidden unless the
 * device has a Chinese (Mandarin) voice of its own. One button reads, pauses and resumes; 「停止」 ends; a polite
 * status tells screen-reader users what happened. Runs in the browser and must stay small (the
 * page budget is 2 KB of JavaScript with the mode script), hence the plain DOM code.
 */
export interface Labels {
  read: string;
  pause: string;
  resume: string;
  reading: string;
  paused: string;
  stopped: string;
}

/** Sentences, so that no single utterance runs long (some engines stop after about 15 s). */
export const sentences = (text: string) =>
  text
    .split(/(?<=[。！？!?；;\n])/)
    .map((s) => s.trim())
    .filter(Boolean);

export function readAloud(root: HTMLElement, synth: SpeechSynthesis = speechSynthesis): void {
  const [play, stop] = root.querySelectorAll('button');
  const status = root.querySelector('[role="status"]')!;
  const labels = JSON.parse(root.dataset.labels!) as Labels;
  let voice: SpeechSynthesisVoice | undefined;
  let state = '';
  const findVoice = () => {
    // A voice on the device only: a network voice would send the page's text to its vendor.
    voice = synth.getVoices().find((v) => v.localService && /^(zh|cmn)\b/i.test(v.lang) && !/HK|TW|yue/i.test(v.lang));
    root.hidden = !voice;
  };
  const show = (next: string, message: string) => {
    state = next;
    play!.querySelector('span')!.textContent = labels[next === 'on' ? 'pause' : next === 'paused' ? 'resume' : 'read'];
    stop!.hidden = !next;
    status.textContent = message;
  };
  findVoice();
  synth.addEventListener('voiceschanged', findVoice);
  play!.addEventListener('click', () => {
    if (state === 'on') return (synth.pause(), show('paused', labels.paused));
    if (state === 'paused') return (synth.resume(), show('on', labels.reading));
    synth.cancel();
    const parts = [...document.querySelectorAll<HTMLElement>('[data-bz-read]')].flatMap((el) => sentences(el.innerText));
    parts.forEach((text, i) => {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = 'zh-CN';
      u.voice = voice!;
      if (i === parts.length - 1) u.onend = () => show('', '');
      synth.speak(u);
    });
    show('on', labels.reading);
  });
  stop!.addEventListener('click', () => {
    synth.cancel();
    show('', labels.stopped);
    play!.focus();
  });
  addEventListener('pagehide', () => synth.cancel());
}
