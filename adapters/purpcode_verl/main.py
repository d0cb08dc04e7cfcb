"""Runs verl's PPO trainer with PurpCode's dynamic sampling:

    PYTHONPATH=/path/to/adapters python3 -m purpcode_verl.main <verl hydra overrides> \\
        +purpcode.sampler=single-step +purpcode.max_roll_factor=4

It composes verl's own `ppo_trainer` config (the installed verl's), takes the `purpcode.*` settings out of it,
and calls verl's `main_ppo` with a TaskRunner subclass that installs the sampler in the Ray process that runs
the trainer. Everything else - workers, rollout, reward, checkpoints - is verl's own code.
"""

import inspect
import os
import sys


def _verl_main_ppo():
    try:
        from verl.trainer import main_ppo
    except ImportError as err:
        raise SystemExit(
            f"purpcode_verl: verl is not importable here ({err}); install verl (and its Ray, vLLM) on every node"
        ) from None
    return main_ppo


def main():
    main_ppo = _verl_main_ppo()
    import hydra

    from .trainer import settings_from_config, task_runner_for

    config_dir = os.path.join(os.path.dirname(os.path.abspath(main_ppo.__file__)), "config")
    verl_main = inspect.unwrap(main_ppo.main)
    original_run_ppo = main_ppo.run_ppo

    @hydra.main(config_path=config_dir, config_name="ppo_trainer", version_base=None)
    def run(config):
        settings = settings_from_config(config)
        module_runner, actor_runner = task_runner_for(main_ppo, settings)
        accepts_runner = "task_runner_class" in inspect.signature(original_run_ppo).parameters

        def run_ppo(cfg, *args, **kwargs):
            if accepts_runner:
                kwargs["task_runner_class"] = actor_runner
                return original_run_ppo(cfg, *args, **kwargs)
            # Older verl: run_ppo starts the module's TaskRunner.
            main_ppo.TaskRunner = module_runner
            return original_run_ppo(cfg, *args, **kwargs)

        # verl's own main (device choice, legacy-reward migration ...) with our TaskRunner. If unwrap stops at
        # a hydra.main wrapper, that wrapper passes a given config straight to the function.
        main_ppo.run_ppo = run_ppo
        try:
            verl_main(config)
        finally:
            main_ppo.run_ppo = original_run_ppo

    run()


if __name__ == "__main__":
    sys.exit(main())
