/**
 * The portal's only JavaScript (must stay well under 1 KB): applies the remembered 大字 / 高对比
 * modes before first paint, shows the switch, and toggles a mode when a [data-bz-mode] button is
 * pressed. Kept as a string so the page and its Content-Security-Policy hash use the same bytes.
 * localStorage may throw (private modes, some in-app browsers), hence the try blocks.
 */
export const MODE_SCRIPT = String.raw`(function(d){var h=d.documentElement,k='bz-modes',m=[];try{m=(localStorage.getItem(k)||'').split(' ')}catch(e){}h.className+=' bz-js';m.forEach(function(x){if(x)h.classList.add('bz-'+x)});function s(){d.querySelectorAll('[data-bz-mode]').forEach(function(b){b.setAttribute('aria-pressed',h.classList.contains('bz-'+b.dataset.bzMode))})}d.addEventListener('DOMContentLoaded',s);d.addEventListener('click',function(e){var b=e.target.closest('[data-bz-mode]');if(!b)return;h.classList.toggle('bz-'+b.dataset.bzMode);s();try{localStorage.setItem(k,['large','contrast'].filter(function(x){return h.classList.contains('bz-'+x)}).join(' '))}catch(e){}})})(document)`;
